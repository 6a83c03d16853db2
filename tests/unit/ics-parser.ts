// A small strict RFC 5545 reader used only by tests, written independently of lib/calendar/ics.ts:
// it fails on anything a calendar app could reject rather than guessing.

export interface IcsProp { params: Record<string, string>; value: string; text?: string }
export interface IcsCalendar { props: Map<string, IcsProp[]>; events: Map<string, IcsProp[]>[] }

function unescapeText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c !== '\\') {
      if (c === ',' || c === ';') throw new Error(`unescaped ${c} in TEXT: ${value}`);
      out += c;
      continue;
    }
    const n = value[++i];
    if (n === 'n' || n === 'N') out += '\n';
    else if (n === '\\' || n === ',' || n === ';') out += n;
    else throw new Error(`bad escape \\${n} in ${value}`);
  }
  return out;
}

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME']);

export function parseIcsStrict(raw: string): IcsCalendar {
  if (!raw.endsWith('\r\n')) throw new Error('content must end with CRLF');
  if (/(^|[^\r])\n/.test(raw) || /\r(?!\n)/.test(raw)) throw new Error('bare LF or CR');
  const physical = raw.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    if (new TextEncoder().encode(line).length > 75) throw new Error(`line over 75 octets: ${line}`);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!logical.length) throw new Error('continuation before first line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const cal: IcsCalendar = { props: new Map(), events: [] };
  const stack: string[] = [];
  let event: Map<string, IcsProp[]> | null = null;
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const name = m[1]!.toUpperCase();
    const params: Record<string, string> = {};
    for (const p of m[2]!.split(';').slice(1)) {
      const [k, v] = p.split('=') as [string, string];
      params[k.toUpperCase()] = v;
    }
    const value = m[3]!;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not match`);
      if (value === 'VEVENT' && event) {
        cal.events.push(event);
        event = null;
      }
      continue;
    }
    const prop: IcsProp = { params, value, ...(TEXT_PROPS.has(name) ? { text: unescapeText(value) } : {}) };
    const target = event ?? cal.props;
    target.set(name, [...(target.get(name) ?? []), prop]);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(',')}`);
  for (const req of ['VERSION', 'PRODID']) if (cal.props.get(req)?.length !== 1) throw new Error(`calendar needs one ${req}`);
  for (const ev of cal.events) {
    for (const req of ['UID', 'DTSTAMP', 'DTSTART']) if (ev.get(req)?.length !== 1) throw new Error(`VEVENT needs one ${req}`);
    if (!/^\d{8}T\d{6}Z$/.test(ev.get('DTSTAMP')![0]!.value)) throw new Error('DTSTAMP must be UTC date-time');
    for (const key of ['DTSTART', 'DTEND']) {
      const p = ev.get(key)?.[0];
      if (!p) continue;
      if (p.params.VALUE !== 'DATE' || !/^\d{8}$/.test(p.value)) throw new Error(`${key} must be VALUE=DATE YYYYMMDD`);
      const d = new Date(`${p.value.slice(0, 4)}-${p.value.slice(4, 6)}-${p.value.slice(6)}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10).replace(/-/g, '') !== p.value) throw new Error(`${key} not a real date`);
    }
    const end = ev.get('DTEND')?.[0]?.value;
    if (end && end <= ev.get('DTSTART')![0]!.value) throw new Error('DTEND must be after DTSTART');
  }
  return cal;
}

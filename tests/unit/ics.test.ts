import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../lib/calendar/ics';
import { parseIcsStrict } from './ics-parser';

const now = new Date(Date.UTC(2026, 8, 28, 1, 2, 3));

describe('buildIcs', () => {
  const text = buildIcs(
    [
      { uid: 'a@shebao-lens', date: '2026-10-19', summary: '转出完成期限, 九江; 广州', description: '第一行\n第二行 \\ 反斜杠' },
      { uid: 'b@shebao-lens', date: '2026-12-31', summary: '年末 '.repeat(30) },
    ],
    { prodId: '-//Shebao Lens//Planner//ZH', now, calendarName: '医保转移' },
  );

  it('parses back strictly with the same events', () => {
    const cal = parseIcsStrict(text);
    expect(cal.props.get('VERSION')).toEqual([{ params: {}, value: '2.0' }]);
    expect(cal.events).toHaveLength(2);
    const [first, second] = cal.events;
    expect(first!.get('DTSTART')).toEqual([{ params: { VALUE: 'DATE' }, value: '20261019' }]);
    expect(first!.get('DTEND')).toEqual([{ params: { VALUE: 'DATE' }, value: '20261020' }]);
    expect(first!.get('DTSTAMP')![0]!.value).toBe('20260928T010203Z');
    expect(first!.get('SUMMARY')![0]!.text).toBe('转出完成期限, 九江; 广州');
    expect(first!.get('DESCRIPTION')![0]!.text).toBe('第一行\n第二行 \\ 反斜杠');
    // year rollover for the exclusive end date
    expect(second!.get('DTEND')![0]!.value).toBe('20270101');
    expect(second!.get('SUMMARY')![0]!.text).toBe('年末 '.repeat(30));
  });

  it('reads the same with ical.js, an established RFC 5545 implementation (Mozilla)', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['a@shebao-lens', '2026-10-19', '2026-10-20', true],
      ['b@shebao-lens', '2026-12-31', '2027-01-01', true],
    ]);
    expect(events[0]!.summary).toBe('转出完成期限, 九江; 广州');
    expect(events[0]!.description).toBe('第一行\n第二行 \\ 反斜杠');
    expect(events[1]!.summary).toBe('年末 '.repeat(30));
  });

  it('uses CRLF only and keeps every physical line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('rejects an invalid date instead of writing a broken file', () => {
    expect(() => buildIcs([{ uid: 'x', date: '2026/10/01', summary: 's' }], { prodId: 'p', now })).toThrow();
  });
});

describe('foldLine and escapeText', () => {
  it('never splits a multi-byte character', () => {
    const folded = foldLine('SUMMARY:' + '医'.repeat(60));
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe('SUMMARY:' + '医'.repeat(60));
    for (const p of parts) expect(p).not.toContain('\uFFFD');
  });
  it('escapes separators', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});

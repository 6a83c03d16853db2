// iCalendar (RFC 5545) writer for all-day deadline events. Hand-written because it is ~60 lines and
// the rules that matter (CRLF, 75-octet folding on UTF-8 boundaries, TEXT escaping) are easy to test.

import { addDays } from 'date-fns';
import { formatIsoDate, parseIsoDate } from './working-days';

export interface IcsEvent {
  /** Stable per plan and step, so re-importing updates instead of duplicating. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on that date. */
  date: string;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  prodId: string;
  /** DTSTAMP: when the file was made (passed in so output is reproducible in tests). */
  now: Date;
  calendarName?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT values (§3.3.11): backslash first, then the separators, newlines as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets continue on lines that start with one space; never split a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF + ' ');
}

function basicDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not an ISO date: ${iso}`);
  return iso.replace(/-/g, '');
}

const nextDay = (iso: string): string => formatIsoDate(addDays(parseIsoDate(iso), 1));

/** DTSTAMP is an instant, not a calendar day: RFC 5545 wants it in UTC (the trailing Z). */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildIcs(events: IcsEvent[], options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const stamp = utcStamp(options.now);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      // DTEND is exclusive (§3.6.1): a one-day event ends the next day.
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

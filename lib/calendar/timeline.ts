/**
 * Turns time limits (TimeLimit in data/schema.ts) into a dated timeline for one application date.
 *
 * Each step counts from the application date unless it names another step in `after`; then it counts
 * from that step's deadline. The cross-province chain is written that way: transfer-out counts from
 * the application, transfer-in from the transfer-out deadline (the day the 信息表 is received at the
 * latest), and 'whole' from the application again. Working days follow lib/calendar/working-days.ts: the start
 * day is day 0, the deadline is the Nth working day after it.
 */
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import type { TimeLimit, TimeStep } from '../../data/schema';
import {
  formatIsoDate,
  parseIsoDate,
  type IsoDateString,
  type WorkingDayCalendar,
} from './working-days';

export type TimelineStepInput = Pick<TimeLimit, 'step' | 'unit' | 'max' | 'min'> & {
  approx?: boolean;
  /** Count from this step's deadline instead of from the application date. */
  after?: TimeStep;
};

export interface TimelineItem {
  step: TimeStep;
  unit: TimeLimit['unit'];
  /** The day the count starts from (day 0). */
  from: IsoDateString;
  after?: TimeStep;
  /** Latest date, from `max`; null when the limit has no maximum. */
  deadline: IsoDateString | null;
  /** Earliest date, from `min`, when the limit has one. */
  earliest?: IsoDateString;
  /** Working days in (from, deadline]. */
  workingDays: number | null;
  /** Calendar days from `from` to the deadline. */
  calendarDays: number | null;
  approx: boolean;
  outsideCalendar: boolean;
}

export interface Timeline {
  applicationDate: IsoDateString;
  items: TimelineItem[];
  /** The latest deadline of all items, or null when none has one. */
  end: IsoDateString | null;
  outsideCalendar: boolean;
}

/** Thrown when the steps themselves are inconsistent (unknown, duplicate or cyclic `after`). */
export class TimelineInputError extends Error {
  override readonly name = 'TimelineInputError';
}

function offset(
  calendar: WorkingDayCalendar,
  from: IsoDateString,
  unit: TimeLimit['unit'],
  amount: number,
): { date: IsoDateString; outsideCalendar: boolean } {
  if (unit === 'working-days') return calendar.addWorkingDays(from, amount);
  const start = parseIsoDate(from);
  const date = formatIsoDate(unit === 'months' ? addMonths(start, amount) : addDays(start, amount));
  // A calendar-day deadline is exact anywhere; the flag then only concerns its working-day count.
  return { date, outsideCalendar: false };
}

export function buildTimeline(
  calendar: WorkingDayCalendar,
  applicationDate: IsoDateString,
  steps: readonly TimelineStepInput[],
): Timeline {
  parseIsoDate(applicationDate);
  const byStep = new Map<TimeStep, TimelineStepInput>();
  for (const s of steps) {
    if (byStep.has(s.step)) throw new TimelineInputError(`step "${s.step}" appears twice`);
    byStep.set(s.step, s);
  }

  const done = new Map<TimeStep, TimelineItem>();
  function resolve(s: TimelineStepInput, chain: TimeStep[]): TimelineItem {
    const known = done.get(s.step);
    if (known) return known;
    if (chain.includes(s.step)) throw new TimelineInputError(`cyclic "after": ${[...chain, s.step].join(' → ')}`);

    let from = applicationDate;
    let outside = false;
    if (s.after !== undefined) {
      const before = byStep.get(s.after);
      if (!before) throw new TimelineInputError(`step "${s.step}" comes after missing step "${s.after}"`);
      const prior = resolve(before, [...chain, s.step]);
      if (prior.deadline === null) {
        throw new TimelineInputError(`step "${s.step}" comes after "${s.after}", which has no maximum`);
      }
      from = prior.deadline;
      outside = prior.outsideCalendar;
    }

    const item: TimelineItem = {
      step: s.step,
      unit: s.unit,
      from,
      ...(s.after !== undefined ? { after: s.after } : {}),
      deadline: null,
      workingDays: null,
      calendarDays: null,
      approx: s.approx ?? false,
      outsideCalendar: outside,
    };
    if (s.max !== undefined) {
      const end = offset(calendar, from, s.unit, s.max);
      const count = calendar.countWorkingDays(from, end.date);
      item.deadline = end.date;
      item.workingDays = count.count;
      item.calendarDays = differenceInCalendarDays(parseIsoDate(end.date), parseIsoDate(from));
      item.outsideCalendar ||= end.outsideCalendar || count.outsideCalendar;
    }
    if (s.min !== undefined) {
      const start = offset(calendar, from, s.unit, s.min);
      item.earliest = start.date;
      item.outsideCalendar ||= start.outsideCalendar;
    }
    done.set(s.step, item);
    return item;
  }

  const items = steps.map((s) => resolve(s, []));
  const deadlines = items.flatMap((i) => (i.deadline === null ? [] : [i.deadline])).sort();
  return {
    applicationDate,
    items,
    end: deadlines.at(-1) ?? null,
    outsideCalendar: items.some((i) => i.outsideCalendar),
  };
}

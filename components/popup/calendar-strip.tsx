import type { DayInfo } from '../../lib/calendar/working-days';
import { holidayName } from '../../lib/i18n/holiday-names';
import { t, type Lang } from '../../lib/i18n/translate';

const KINDS = ['workday', 'weekend', 'holiday', 'makeup-workday'] as const;

function dayLabel(lang: Lang, day: DayInfo, deadline: boolean): string {
  const kind = t(lang, `day.${day.kind}`);
  const name = day.holiday ? ` ${holidayName(lang, day.holiday)}` : '';
  return `${day.date} ${kind}${name}${deadline ? ` · ${t(lang, 'day.deadline')}` : ''}`;
}

/**
 * The plan's days as a strip of squares: kind by colour AND by a letter-free pattern class plus a label on
 * every day (title and aria-label), so the kind is never told by colour alone. Deadlines get a ring.
 */
export function CalendarStrip({ days, deadlines, lang }: { days: DayInfo[]; deadlines: ReadonlySet<string>; lang: Lang }) {
  if (days.length === 0) return null;
  return (
    <figure class="sl-cal" aria-labelledby="sl-cal-caption">
      <figcaption id="sl-cal-caption">{t(lang, 'day.caption', { from: days[0]!.date, to: days.at(-1)!.date })}</figcaption>
      <ol class="sl-cal-days">
        {days.map((day) => {
          const deadline = deadlines.has(day.date);
          const label = dayLabel(lang, day, deadline);
          return (
            <li key={day.date} class={`sl-day sl-day-${day.kind}${deadline ? ' sl-day-deadline' : ''}`} data-kind={day.kind} data-date={day.date} title={label} aria-label={label}>
              <span aria-hidden="true">{Number(day.date.slice(8))}</span>
            </li>
          );
        })}
      </ol>
      <ul class="sl-cal-legend">
        {KINDS.filter((k) => days.some((d) => d.kind === k)).map((k) => (
          <li key={k}>
            <span class={`sl-day sl-day-${k}`} aria-hidden="true" /> {t(lang, `day.${k}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

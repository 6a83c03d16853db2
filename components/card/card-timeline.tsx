import { cardText, weekdayLabel } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { PlaceTimeline } from '../../lib/cards/place-card-model';
import { ConfidenceBadge } from '../shared/confidence-badge';
import { Refs } from './fact-list';

function DateCell({ date, lang }: { date: string; lang: Lang }) {
  return (
    <time dateTime={date}>
      {date} <span class="sl-wd">{weekdayLabel(lang, date)}</span>
    </time>
  );
}

/** The timeline section's title: the application day with its weekday. */
export function timelineTitle(timeline: PlaceTimeline, lang: Lang): string {
  return cardText(lang, 'timeline.title', { date: `${timeline.applicationDate} ${weekdayLabel(lang, timeline.applicationDate)}` });
}

/**
 * Deadline · step, dated from the application day on the holiday calendar. The planner's
 * TimelineList is a to-do checklist built from a full two-ended transfer plan; a hover card has one
 * place and no plan, so it shows this read-only table instead; the application day is in the
 * section's title (timelineTitle). One line per step (the date first, the limit beside the step)
 * keeps every deadline in the card's first screen; what each count starts from, its sureness and
 * its sources are folded just below.
 */
export function CardTimeline({ timeline, lang }: { timeline: PlaceTimeline; lang: Lang }) {
  if (timeline.steps.length === 0) return <p class="sl-note">{cardText(lang, 'timeline.none')}</p>;
  return (
    <>
      <table class="sl-card-timeline">
        <thead>
          <tr>
            <th scope="col">{cardText(lang, 'timeline.deadline')}</th>
            <th scope="col">{cardText(lang, 'timeline.step')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.steps.map((s) => (
            <tr key={s.step} data-step={s.step} class={s.outsideCalendar ? 'sl-outside' : undefined}>
              <td>{s.deadline ? <DateCell date={s.deadline} lang={lang} /> : '—'}</td>
              <th scope="row">
                {s.label}
                {s.workingDays !== null && <span class="sl-limit"> · {cardText(lang, 'plan.workingDays', { count: s.workingDays })}</span>}
              </th>
            </tr>
          ))}
        </tbody>
      </table>
      <details class="sl-basis">
        <summary>{cardText(lang, 'timeline.basis')}</summary>
        <ul class="sl-facts">
          {timeline.steps.map((s) => (
            <li key={s.step} data-basis={s.step}>
              <strong class="sl-prefix">{s.label}</strong>
              {s.countFrom && <span>{lang === 'zh-CN' ? '：' : ': '}{s.countFrom}</span>}{' '}
              <ConfidenceBadge confidence={s.confidence} lang={lang} /> <Refs refs={s.refs} lang={lang} />
            </li>
          ))}
        </ul>
      </details>
      {timeline.holidays.length > 0 && (
        <p class="sl-note">{cardText(lang, 'plan.holidaysInWindow', { names: timeline.holidays.join(lang === 'zh-CN' ? '、' : ', ') })}</p>
      )}
      {timeline.estimateNote && (
        <p class="sl-note sl-warn" role="note" data-note="calendar-estimate">
          <span aria-hidden="true">* </span>
          {timeline.estimateNote}
        </p>
      )}
      {timeline.outsideCalendarNote && (
        <p class="sl-note sl-warn" role="note">
          <span aria-hidden="true">* </span>
          {timeline.outsideCalendarNote}
        </p>
      )}
    </>
  );
}

import { cardText, weekdayLabel } from '../../lib/i18n/card-strings';
import { Fragment } from 'preact';
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

/**
 * Step · deadline · limit, dated from the application day on the holiday calendar. The planner's
 * TimelineList is a to-do checklist built from a full two-ended transfer plan; a hover card has one
 * place and no plan, so it shows this read-only table instead.
 */
export function CardTimeline({ timeline, lang }: { timeline: PlaceTimeline; lang: Lang }) {
  if (timeline.steps.length === 0) return <p class="sl-note">{cardText(lang, 'timeline.none')}</p>;
  return (
    <>
      <table class="sl-card-timeline">
        <thead>
          <tr>
            <th scope="col">{cardText(lang, 'timeline.step')}</th>
            <th scope="col">{cardText(lang, 'timeline.deadline')}</th>
            <th scope="col">{cardText(lang, 'timeline.length')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="sl-start">
            <th scope="row">{cardText(lang, 'timeline.start')}</th>
            <td>
              <DateCell date={timeline.applicationDate} lang={lang} />
            </td>
            <td />
          </tr>
          {timeline.steps.map((s) => (
            // Two rows per step: the dated line, then one full-width line with what the count starts
            // from, its sureness and sources, so the card's first screen holds every deadline.
            <Fragment key={s.step}>
              <tr data-step={s.step} class={s.outsideCalendar ? 'sl-outside' : undefined}>
                <th scope="row">{s.label}</th>
                <td>{s.deadline ? <DateCell date={s.deadline} lang={lang} /> : '—'}</td>
                <td>{s.workingDays === null ? '—' : cardText(lang, 'plan.workingDays', { count: s.workingDays })}</td>
              </tr>
              <tr class="sl-step-basis" data-basis={s.step}>
                <td colSpan={3}>
                  {s.countFrom && <span>{s.countFrom} </span>}
                  <ConfidenceBadge confidence={s.confidence} lang={lang} /> <Refs refs={s.refs} lang={lang} />
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
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

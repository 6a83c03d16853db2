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
            <tr key={s.step} data-step={s.step} class={s.outsideCalendar ? 'sl-outside' : undefined}>
              <th scope="row">
                {s.label}
                {s.countFrom && <span class="sl-from">{s.countFrom}</span>}
                <span class="sl-from">
                  <ConfidenceBadge confidence={s.confidence} lang={lang} /> <Refs refs={s.refs} lang={lang} />
                </span>
              </th>
              <td>{s.deadline ? <DateCell date={s.deadline} lang={lang} /> : '—'}</td>
              <td>{s.workingDays === null ? '—' : cardText(lang, 'plan.workingDays', { count: s.workingDays })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {timeline.holidays.length > 0 && (
        <p class="sl-note">{cardText(lang, 'plan.holidaysInWindow', { names: timeline.holidays.join(lang === 'zh-CN' ? '、' : ', ') })}</p>
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

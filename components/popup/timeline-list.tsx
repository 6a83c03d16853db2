import type { ComponentChildren } from 'preact';
import { pick, t, type Lang } from '../../lib/i18n/translate';
import { holidayNote, stepLimitText } from '../../lib/plan/plan-text';
import type { ChecklistItem } from '../../lib/plan/transfer-plan';

/** Dated steps: the deadline first (what a reader acts on), then the limit, holidays and calendar warnings. */
export function TimelineList({
  items,
  lang,
  coveredYears,
  lead,
  who,
}: {
  items: ChecklistItem[];
  lang: Lang;
  coveredYears: string;
  /** A first row (the reader's own step: applying) before the agencies' dated steps. */
  lead?: ComponentChildren;
  /** Who acts on a step, one line. */
  who?: (step: ChecklistItem['step']) => string | null;
}) {
  return (
    <ol class="sl-timeline">
      {lead}
      {items.map((item, i) => {
        const limit = stepLimitText(lang, item);
        // Steps counted over the same days name the same holidays: said once, then "as above".
        const full = holidayNote(lang, item);
        const note = full && items.slice(0, i).some((earlier) => holidayNote(lang, earlier) === full) ? t(lang, 'plan.holidaysAsAbove') : full;
        return (
          <li key={item.step} data-step={item.step}>
            <label class="sl-check">
              <input type="checkbox" />
              <span>
                <strong>
                  {item.deadline ? <time dateTime={item.deadline}>{t(lang, 'step.by', { date: item.deadline })}</time> : '—'}
                </strong>{' '}
                {t(lang, `step.${item.step}`)}
              </span>
            </label>
            {who?.(item.step) && <p class="sl-where">{who(item.step)}</p>}
            <p class="sl-muted">
              {item.limit.from ? t(lang, 'plan.limitFrom', { limit, from: pick(lang, item.limit.from) }) : limit}
              {note ? ` · ${note}` : ''}
            </p>
            {item.outsideCalendar && (
              <p class="sl-warning" role="note">
                ⚠ {t(lang, 'plan.outsideCalendar', { date: item.deadline ?? '', years: coveredYears })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

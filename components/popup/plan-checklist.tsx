import { estimateNote } from '../../lib/i18n/estimate-note';
import { t, type Lang } from '../../lib/i18n/translate';
import { yearsText, type PlanNames } from '../../lib/plan/plan-text';
import type { TransferPlan } from '../../lib/plan/transfer-plan';
import { CalendarStrip } from './calendar-strip';
import { RuleList } from './rule-list';
import { TimelineList } from './timeline-list';

/** The reader's own step: apply on the chosen day, where (the app's menu path or a counter), what to bring. */
function ApplyRow({ plan, names, lang }: { plan: TransferPlan; names: PlanNames; lang: Lang }) {
  const inApp = plan.routes.some((r) => r.rule.planHint === 'app-province');
  return (
    <li data-step="applied">
      <label class="sl-check">
        <input type="checkbox" />
        <span>
          <strong>
            <time dateTime={plan.input.applied}>{t(lang, 'step.on', { date: plan.input.applied })}</time>
          </strong>{' '}
          {t(lang, 'step.applied')}
        </span>
      </label>
      {plan.routes.length > 0 && (
        <p class="sl-where">
          {t(lang, 'plan.where')}
          {inApp && t(lang, 'plan.applyApp', { to: names.appProvinceIn ?? names.to, from: names.appProvince ?? names.from })}
          {inApp ? (lang === 'en' ? '; ' : '；') : ''}
          {t(lang, 'plan.applyCounter')}
        </p>
      )}
      {plan.routes.length > 0 && <p class="sl-where">{t(lang, 'plan.bring') + t(lang, 'plan.applyBring')}</p>}
    </li>
  );
}

/** The dated checklist, then the days it spans on the holiday calendar. */
export function PlanChecklist({ plan, names, lang }: { plan: TransferPlan; names: PlanNames; lang: Lang }) {
  if (plan.checklist.length === 0) return <p class="sl-notice">{t(lang, 'plan.noDates')}</p>;
  const estimate = estimateNote(lang, plan.calendarEstimates);
  const who = (step: string) => (step === 'transfer-out' ? t(lang, 'plan.byAgency', { place: names.from }) : step === 'transfer-in' ? t(lang, 'plan.byAgency', { place: names.to }) : null);
  const deadlines = new Set(plan.checklist.map((i) => i.deadline).filter((d): d is string => Boolean(d)));
  return (
    <>
      <TimelineList items={plan.checklist} lang={lang} coveredYears={yearsText(plan)} lead={<ApplyRow plan={plan} names={names} lang={lang} />} who={who} />
      {estimate && (
        <p class="sl-warning" role="note" data-note="calendar-estimate">
          ⚠ {estimate}
        </p>
      )}
      <CalendarStrip days={plan.days} deadlines={deadlines} lang={lang} />
      <p class="sl-muted">{t(lang, 'plan.onlyRulesShown')}</p>
      {plan.limitsAreUpperBound && <RuleList items={plan.caveats.filter((c) => c.rule.transferCase === 'intra-province')} lang={lang} />}
    </>
  );
}

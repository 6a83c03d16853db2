import type { Rule } from '../../data/schema';
import { bySureness } from '../../lib/cards/card-fact';
import { t, type Lang } from '../../lib/i18n/translate';
import type { GapAdvice } from '../../lib/plan/gap-helper';
import { ConfidenceBadge } from '../shared/confidence-badge';

const confidenceOf = (advice: GapAdvice, id: string) => [...advice.applies, ...advice.variations].find((r) => r.id === id)?.confidence;

/** The band rules that bound how far back one may pay, one line per month count (the surest rule's). */
function backpayWindows(advice: GapAdvice): { rule: Rule; months: number }[] {
  const all = [...advice.applies, ...advice.variations].flatMap((rule) =>
    rule.timeLimits.filter((l) => l.step === 'backpay-window' && l.unit === 'months' && l.max !== undefined).map((l) => ({ rule, months: l.max! })),
  );
  return bySureness(all.map((w) => ({ ...w, confidence: w.rule.confidence }))).filter((w, i, list) => list.findIndex((o) => o.months === w.months) === i);
}

function feeLine(advice: GapAdvice, lang: Lang): string {
  const { lateFee } = advice;
  if (lateFee.payer === 'employer') return t(lang, 'gap.feeEmployer');
  return lateFee.estimate ? t(lang, 'gap.feeTotal', { amount: lateFee.estimate.total.toFixed(2) }) : t(lang, 'gap.feeNeedsAmount');
}

/**
 * The answer before the rules: how far back one can still pay, from when benefits apply (and so until
 * when one waits), and the late fee. Every line names the sureness of the rule it comes from.
 */
export function GapSummary({ advice, lang }: { advice: GapAdvice; lang: Lang }) {
  const windows = backpayWindows(advice);
  const waiting = advice.residentWaiting;
  return (
    <dl class="sl-gap-summary">
      {windows.length > 0 && (
        <>
          <dt>{t(lang, 'gap.sum.backpay')}</dt>
          {windows.map(({ rule, months }) => (
            <dd key={rule.id} data-window={rule.id}>
              <ConfidenceBadge confidence={rule.confidence} lang={lang} /> {t(lang, 'gap.sum.backpayWithin', { months })}
            </dd>
          ))}
        </>
      )}
      {(advice.benefitMonths.length > 0 || waiting) && <dt>{t(lang, 'gap.sum.benefits')}</dt>}
      {advice.benefitMonths.length > 0 && (
        <dd>
          <ul class="sl-benefits">
            {advice.benefitMonths.map((b) => (
              <li key={b.ruleId} data-rule={b.ruleId}>
                {confidenceOf(advice, b.ruleId) && <ConfidenceBadge confidence={confidenceOf(advice, b.ruleId)!} lang={lang} />}{' '}
                {t(lang, b.bound === 'from' ? 'gap.benefitFrom' : 'gap.benefitBy', { month: b.month })}
              </li>
            ))}
          </ul>
        </dd>
      )}
      {waiting && (
        <dd class="sl-resident-waiting" data-rule={waiting.ruleId}>
          {t(lang, 'gap.residentWaiting', { fixed: waiting.fixedMonths, variable: waiting.variableMonths, total: waiting.totalMonths, month: waiting.benefitsFrom })}
          {waiting.floorApplied && ` ${t(lang, 'gap.residentFloor')}`}
        </dd>
      )}
      {advice.band !== 'none' && (
        <>
          <dt>{t(lang, 'gap.sum.fee')}</dt>
          <dd class="sl-gap-sum-fee">{feeLine(advice, lang)}</dd>
        </>
      )}
    </dl>
  );
}

import { useId, useState } from 'preact/hooks';
import type { Rule } from '../../data/schema';
import type { Bundle } from '../../lib/bundle/popup-data';
import { buildGapAdvice, type GapAdvice, type GapCause, type GapInput } from '../../lib/plan/gap-helper';
import { t, type Lang } from '../../lib/i18n/translate';
import { GapSummary } from './gap-summary';
import { RuleList } from './rule-list';

const BAND_KEY = { none: 'gap.none', 'within-3': 'gap.short', 'over-3': 'gap.long', 'over-6': 'gap.veryLong' } as const;

function Rules({ title, rules, lang }: { title: string; rules: Rule[]; lang: Lang }) {
  if (rules.length === 0) return null;
  return (
    <section class="sl-gap-section">
      <h3>{title}</h3>
      <RuleList items={rules.map((rule) => ({ rule }))} lang={lang} />
    </section>
  );
}

function LateFee({ advice, lang }: { advice: GapAdvice; lang: Lang }) {
  const { lateFee } = advice;
  return (
    <section class="sl-gap-section sl-gap-fee" aria-labelledby="sl-gap-fee-h">
      <h3 id="sl-gap-fee-h">{t(lang, 'gap.fee')}</h3>
      {lateFee.payer === 'employer' ? (
        <>
          <p>{t(lang, 'gap.feeEmployer')}</p>
          {lateFee.noFeeRule && <RuleList items={[{ rule: lateFee.noFeeRule }]} lang={lang} />}
        </>
      ) : lateFee.estimate ? (
        <>
          <p class="sl-fee-total">
            <strong>{t(lang, 'gap.feeTotal', { amount: lateFee.estimate.total.toFixed(2) })}</strong>
          </p>
          <ul class="sl-fee-rows">
            {lateFee.estimate.rows.map((row) => (
              <li key={row.month}>
                {t(lang, 'gap.feeRow', { month: row.month, days: row.days, amount: row.amount, fee: row.fee.toFixed(2) })}
              </li>
            ))}
          </ul>
          <p class="sl-muted">{t(lang, 'gap.feeLabelled')}</p>
          <h4>{t(lang, 'gap.assumptions')}</h4>
          <ul class="sl-assumptions">
            <li>{t(lang, 'gap.assume.rate')}</li>
            <li>{t(lang, 'gap.assume.due')}</li>
            <li>{t(lang, 'gap.assume.paid', { date: lateFee.estimate.paidOn })}</li>
            <li>{t(lang, 'gap.assume.local')}</li>
          </ul>
        </>
      ) : (
        <p class="sl-muted">{t(lang, 'gap.feeNeedsAmount')}</p>
      )}
      {lateFee.rule && <RuleList items={[{ rule: lateFee.rule }]} lang={lang} />}
    </section>
  );
}

export interface GapHelperViewProps {
  lang: Lang;
  bundle: Bundle;
  /** YYYY-MM of today: the default restart month. */
  thisMonth: string;
}

function YearsField({ label, value, onInput }: { label: string; value: string; onInput: (v: string) => void }) {
  return (
    <label class="sl-field">
      <span>{label}</span>
      <input type="number" min="0" step="1" inputMode="numeric" value={value} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
    </label>
  );
}

/** 断缴/补缴: what applies for a gap between two months, sourced and labelled, with a late-fee estimate. */
export function GapHelperView({ lang, bundle, thisMonth }: GapHelperViewProps) {
  const id = useId();
  const [lastPaid, setLastPaid] = useState('');
  const [restart, setRestart] = useState(thisMonth);
  const [cause, setCause] = useState<GapCause>('self');
  const [monthly, setMonthly] = useState('');
  const [insurance, setInsurance] = useState<GapInput['insurance']>('employee');
  const [breakYears, setBreakYears] = useState('0');
  const [paidBack, setPaidBack] = useState('0');
  const [advice, setAdvice] = useState<GapAdvice | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const amount = Number(monthly);
    const input: GapInput = {
      lastPaid,
      restart,
      cause,
      insurance,
      ...(insurance === 'resident' ? { resident: { breakYears: Number(breakYears) || 0, paidBackYears: Number(paidBack) || 0 } } : {}),
      // An employer gap concerns employees; a self-caused one is typical of flexible workers.
      status: cause === 'employer' ? 'employed' : 'flexible',
      ...(monthly.trim() && Number.isFinite(amount) && amount > 0 ? { monthly: amount } : {}),
    };
    setAdvice(buildGapAdvice(bundle.rules, bundle.regions, input));
  };

  return (
    <div class="sl-gap">
      <form onSubmit={submit} aria-label={t(lang, 'gap.title')}>
        <label class="sl-field">
          <span>{t(lang, 'gap.lastPaid')}</span>
          <input type="month" required value={lastPaid} onInput={(e) => setLastPaid((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="sl-field">
          <span>{t(lang, 'gap.restart')}</span>
          <input type="month" required value={restart} onInput={(e) => setRestart((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <fieldset>
          <legend>{t(lang, 'gap.insurance')}</legend>
          {(['employee', 'resident'] as const).map((value) => (
            <label key={value} class="sl-choice">
              <input type="radio" name={`${id}-insurance`} checked={insurance === value} onChange={() => setInsurance(value)} />
              {t(lang, `insurance.${value}`)}
            </label>
          ))}
        </fieldset>
        {insurance === 'resident' && (
          <>
            <YearsField label={t(lang, 'gap.breakYears')} value={breakYears} onInput={setBreakYears} />
            <YearsField label={t(lang, 'gap.paidBackYears')} value={paidBack} onInput={setPaidBack} />
          </>
        )}
        <fieldset>
          <legend>{t(lang, 'gap.cause')}</legend>
          {(['employer', 'self'] as const).map((value) => (
            <label key={value} class="sl-choice">
              <input type="radio" name={`${id}-cause`} checked={cause === value} onChange={() => setCause(value)} />
              {t(lang, `gap.cause.${value}`)}
            </label>
          ))}
        </fieldset>
        <label class="sl-field">
          <span>{t(lang, 'gap.monthly')}</span>
          <input type="number" min="0" step="any" inputMode="decimal" value={monthly} onInput={(e) => setMonthly((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="sl-primary">
          {t(lang, 'gap.submit')}
        </button>
      </form>
      {advice && !advice.months && (
        <p class="sl-error" role="alert">
          {t(lang, 'gap.invalid')}
        </p>
      )}
      {advice?.months && (
        <article class="sl-gap-result" aria-live="polite" data-band={advice.band}>
          <h2>
            {advice.months.length
              ? t(lang, 'gap.months', { count: advice.months.length, list: advice.months.join(', ') })
              : t(lang, 'gap.none')}
          </h2>
          {advice.band !== 'none' && <p class="sl-gap-band">{t(lang, BAND_KEY[advice.band])}</p>}
          <GapSummary advice={advice} lang={lang} />
          <Rules title={t(lang, 'gap.applies')} rules={advice.applies} lang={lang} />
          <Rules title={t(lang, 'gap.variations')} rules={advice.variations} lang={lang} />
          {advice.band !== 'none' && <LateFee advice={advice} lang={lang} />}
          <Rules title={t(lang, 'gap.routes')} rules={advice.routes} lang={lang} />
          <details class="sl-gap-more">
            <summary>{t(lang, 'gap.more')}</summary>
            <Rules title={t(lang, 'gap.general')} rules={advice.general} lang={lang} />
            <Rules title={t(lang, 'gap.examples')} rules={advice.experiences} lang={lang} />
            <Rules title={t(lang, 'plan.caveats')} rules={advice.caveats} lang={lang} />
          </details>
        </article>
      )}
    </div>
  );
}

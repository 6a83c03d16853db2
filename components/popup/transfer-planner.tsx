import { useState } from 'preact/hooks';
import type { Region } from '../../data/schema';
import type { Bundle } from '../../lib/bundle/popup-data';
import { t, type Lang } from '../../lib/i18n/translate';
import { regionLabel } from '../../lib/regions/region-label';
import { planToIcs } from '../../lib/plan/plan-ics';
import { planToText, type PlanNames } from '../../lib/plan/plan-text';
import { buildTransferPlan, type PlanInput, type TransferPlan } from '../../lib/plan/transfer-plan';
import { PlanView } from './plan-view';
import { PlannerForm } from './planner-form';

export interface TransferPlannerProps {
  lang: Lang;
  bundle: Bundle;
  today: string;
  /** A place from the current page (its subject), filled in as the starting place. */
  prefillFrom?: string | null;
  /** Injected so tests can observe what was copied and downloaded without a real clipboard. */
  copyText?: (text: string) => Promise<void>;
  download?: (name: string, text: string) => void;
  now?: () => Date;
}

function browserDownload(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TransferPlanner({ lang, bundle, today, prefillFrom, copyText, download = browserDownload, now = () => new Date() }: TransferPlannerProps) {
  const { regions } = bundle;
  const [plan, setPlan] = useState<TransferPlan | null>(null);
  const [copyStatus, setCopyStatus] = useState<'' | 'copied' | 'failed'>('');
  const label = (code: string) => {
    const region = regions.byCode(code);
    return region ? regionLabel(lang, region) : code;
  };
  const provinceName = (region: Region) => {
    const province = regions.provinceOf(region.code);
    return province ? regionLabel(lang, province) : null;
  };
  const prefill = prefillFrom ? (regions.byCode(prefillFrom) ?? null) : null;

  const names = (p: TransferPlan): PlanNames => ({
    from: label(p.input.from),
    to: label(p.input.to),
    ...(p.ruleProvince ? { ruleProvince: label(p.ruleProvince) } : {}),
    ...(p.appProvince ? { appProvince: label(p.appProvince) } : {}),
    ...(p.appProvinceIn ? { appProvinceIn: label(p.appProvinceIn) } : {}),
  });

  const onPlan = (input: PlanInput) => {
    setCopyStatus('');
    setPlan(buildTransferPlan(bundle.rules, regions, bundle.calendar, input));
  };

  const copy = async (p: TransferPlan) => {
    const text = planToText(lang, p, names(p));
    try {
      await (copyText ?? ((s: string) => navigator.clipboard.writeText(s)))(text);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <div class="sl-planner">
      {prefill && <p class="sl-hint">{t(lang, 'planner.prefilled', { place: regionLabel(lang, prefill) })}</p>}
      <PlannerForm
        lang={lang}
        today={today}
        initialFrom={prefill}
        search={(q) => regions.search(q, 8)}
        provinceName={provinceName}
        onPlan={onPlan}
      />
      {plan && (
        <PlanView
          plan={plan}
          names={names(plan)}
          lang={lang}
          actions={
            <div class="sl-actions">
              {plan.checklist.length > 0 && (
                <button
                  type="button"
                  onClick={() => download(`shebao-lens-${plan.input.from}-${plan.input.to}-${plan.input.applied}.ics`, planToIcs(lang, plan, names(plan), now()))}
                >
                  {t(lang, 'plan.exportIcs')}
                </button>
              )}
              <button type="button" onClick={() => void copy(plan)}>
                {t(lang, 'plan.copy')}
              </button>
              <span role="status" aria-live="polite">
                {copyStatus === 'copied' ? t(lang, 'plan.copied') : copyStatus === 'failed' ? t(lang, 'plan.copyFailed') : ''}
              </span>
              {copyStatus === 'failed' && <textarea readOnly aria-label={t(lang, 'plan.copy')} rows={6} value={planToText(lang, plan, names(plan))} />}
            </div>
          }
        />
      )}
    </div>
  );
}

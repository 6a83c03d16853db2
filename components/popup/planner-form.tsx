import { useId, useState } from 'preact/hooks';
import type { InsuranceType, PersonStatus, Region } from '../../data/schema';
import { t, type Lang } from '../../lib/i18n/translate';
import type { PlanInput } from '../../lib/plan/transfer-plan';
import { RegionCombobox } from './region-combobox';

export interface PlannerFormProps {
  lang: Lang;
  today: string;
  initialFrom?: Region | null;
  initialTo?: Region | null;
  search: (query: string) => Region[];
  provinceName: (region: Region) => string | null;
  onPlan: (input: PlanInput) => void;
}

const INSURANCE: InsuranceType[] = ['employee', 'resident'];
const STATUS: PersonStatus[] = ['employed', 'flexible', 'retired'];

export function PlannerForm({ lang, today, initialFrom = null, initialTo = null, search, provinceName, onPlan }: PlannerFormProps) {
  const id = useId();
  const [from, setFrom] = useState<Region | null>(initialFrom);
  const [to, setTo] = useState<Region | null>(initialTo);
  const [insurance, setInsurance] = useState<InsuranceType>('employee');
  const [status, setStatus] = useState<PersonStatus>('employed');
  const [applied, setApplied] = useState(today);
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    if (!from || !to) return setError(t(lang, 'planner.needPlaces'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(applied)) return setError(t(lang, 'planner.date'));
    setError('');
    onPlan({ from: from.code, to: to.code, insurance, status, applied });
  };

  return (
    <form class="sl-planner-form" onSubmit={submit} aria-label={t(lang, 'planner.title')} noValidate>
      <RegionCombobox label={t(lang, 'planner.from')} lang={lang} value={from} onChange={setFrom} search={search} provinceName={provinceName} />
      <RegionCombobox label={t(lang, 'planner.to')} lang={lang} value={to} onChange={setTo} search={search} provinceName={provinceName} />
      <fieldset>
        <legend>{t(lang, 'planner.insurance')}</legend>
        {INSURANCE.map((value) => (
          <label key={value} class="sl-choice">
            <input type="radio" name={`${id}-insurance`} value={value} checked={insurance === value} onChange={() => setInsurance(value)} />
            {t(lang, `insurance.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'planner.status')}</legend>
        {STATUS.map((value) => (
          <label key={value} class="sl-choice">
            <input type="radio" name={`${id}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />
            {t(lang, `status.${value}`)}
          </label>
        ))}
      </fieldset>
      <label class="sl-field">
        <span>{t(lang, 'planner.date')}</span>
        <input type="date" required value={applied} onInput={(e) => setApplied((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="sl-primary">
        {t(lang, 'planner.submit')}
      </button>
    </form>
  );
}

import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../lib/i18n/translate';
import { relationText, type PlanNames } from '../../lib/plan/plan-text';
import type { TransferPlan } from '../../lib/plan/transfer-plan';
import { RuleList } from './rule-list';
import { SourceList } from '../shared/source-list';
import { PlanChecklist } from './plan-checklist';

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class={`sl-plan-section sl-plan-${id}`} aria-labelledby={`sl-plan-${id}-h`}>
      <h3 id={`sl-plan-${id}-h`}>{title}</h3>
      {children}
    </section>
  );
}

/** Where the money goes, in one line; the rules that decide it fold under it. */
function BalanceSection({ plan, lang }: { plan: TransferPlan; lang: Lang }) {
  return (
    <Section id="balance" title={t(lang, 'plan.balance')}>
      <p class="sl-balance" data-handling={plan.balance.handling}>
        <strong>{t(lang, `balance.${plan.balance.handling}`)}</strong>
        {plan.balance.alternatives.map((h) => (
          <span key={h} data-alternative={h}>
            {' '}
            {t(lang, 'plan.alternatives')} {t(lang, `balance.${h}`)}
          </span>
        ))}
      </p>
      {plan.balance.rules.length > 0 && (
        <details class="sl-plan-evidence">
          <summary>{t(lang, 'plan.evidence', { count: plan.balance.rules.length })}</summary>
          <RuleList items={plan.balance.rules} lang={lang} localLabel={t(lang, 'plan.local')} />
        </details>
      )}
    </Section>
  );
}

/** Routes, experiences, caveats, other rules and sources: folded, for the reader who wants the grounds. */
function PlanDetails({ plan, names, lang }: { plan: TransferPlan; names: PlanNames; lang: Lang }) {
  const local = t(lang, 'plan.local');
  return (
    <details class="sl-plan-more">
      <summary>{t(lang, 'plan.details')}</summary>
      <Section id="routes" title={t(lang, 'plan.routes')}>
        {names.appProvince && plan.routes.some((r) => r.rule.planHint === 'app-province') && (
          <p class="sl-hint">{t(lang, 'plan.appProvince', { province: names.appProvince, to: names.appProvinceIn ?? names.to })}</p>
        )}
        <RuleList items={plan.routes} lang={lang} localLabel={local} />
      </Section>
      {plan.experiences.length > 0 && (
        <Section id="experiences" title={t(lang, 'plan.experiences')}>
          <RuleList items={plan.experiences} lang={lang} localLabel={local} />
        </Section>
      )}
      <Section id="caveats" title={t(lang, 'plan.caveats')}>
        <RuleList items={plan.caveats} lang={lang} localLabel={local} />
      </Section>
      {plan.otherRules.length > 0 && (
        <Section id="other" title={t(lang, 'plan.otherRules')}>
          <RuleList items={plan.otherRules} lang={lang} localLabel={local} />
        </Section>
      )}
      <Section id="sources" title={t(lang, 'plan.sources')}>
        <details>
          <summary>{t(lang, 'sources.count', { count: plan.sources.length })}</summary>
          <SourceList sources={plan.sources} lang={lang} />
        </details>
      </Section>
    </details>
  );
}

/**
 * A plan in the order a reader acts on it: the case in one line, the dated checklist (what, by when,
 * where, what to bring) with its calendar strip, the balance outcome in one line, what to check before
 * applying, then everything else folded.
 */
export function PlanView({ plan, names, lang, actions }: { plan: TransferPlan; names: PlanNames; lang: Lang; actions?: ComponentChildren }) {
  return (
    <article class="sl-plan" aria-labelledby="sl-plan-title">
      <h2 id="sl-plan-title">{t(lang, 'plan.title', { from: names.from, to: names.to })}</h2>
      <p class="sl-case" data-relation={plan.relation}>
        {relationText(lang, plan, names)}
      </p>
      {!plan.hasLocalData && plan.relation !== 'same-area' && <p class="sl-muted">{t(lang, 'plan.noLocal', { place: `${names.from} / ${names.to}` })}</p>}
      {plan.relation !== 'same-area' && (
        <Section id="checklist" title={t(lang, 'plan.todo')}>
          <PlanChecklist plan={plan} names={names} lang={lang} />
        </Section>
      )}
      <BalanceSection plan={plan} lang={lang} />
      {plan.conditions.length > 0 && (
        <Section id="conditions" title={t(lang, 'plan.conditions')}>
          <RuleList items={plan.conditions} lang={lang} localLabel={t(lang, 'plan.local')} />
        </Section>
      )}
      {actions}
      <PlanDetails plan={plan} names={names} lang={lang} />
    </article>
  );
}

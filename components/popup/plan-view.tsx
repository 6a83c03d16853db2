import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../lib/i18n/translate';
import { relationText, yearsText, type PlanNames } from '../../lib/plan/plan-text';
import type { TransferPlan } from '../../lib/plan/transfer-plan';
import { RuleList } from './rule-list';
import { SourceList } from '../shared/source-list';
import { TimelineList } from './timeline-list';

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class={`sl-plan-section sl-plan-${id}`} aria-labelledby={`sl-plan-${id}-h`}>
      <h3 id={`sl-plan-${id}-h`}>{title}</h3>
      {children}
    </section>
  );
}

/** Everything a plan holds, in the order a reader acts on it. */
export function PlanView({ plan, names, lang, actions }: { plan: TransferPlan; names: PlanNames; lang: Lang; actions?: ComponentChildren }) {
  const local = t(lang, 'plan.local');
  return (
    <article class="sl-plan" aria-labelledby="sl-plan-title">
      <h2 id="sl-plan-title">{t(lang, 'plan.title', { from: names.from, to: names.to })}</h2>
      <Section id="case" title={t(lang, 'plan.case')}>
        <p class="sl-case" data-relation={plan.relation}>
          {relationText(lang, plan, names)}
        </p>
        {!plan.hasLocalData && plan.relation !== 'same-area' && <p class="sl-muted">{t(lang, 'plan.noLocal', { place: `${names.from} / ${names.to}` })}</p>}
      </Section>
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
        <RuleList items={plan.balance.rules} lang={lang} localLabel={local} />
      </Section>
      {plan.conditions.length > 0 && (
        <Section id="conditions" title={t(lang, 'plan.conditions')}>
          <RuleList items={plan.conditions} lang={lang} localLabel={local} />
        </Section>
      )}
      {plan.relation !== 'same-area' && (
        <Section id="checklist" title={t(lang, 'plan.checklist')}>
          {plan.checklist.length > 0 ? (
            <>
              <TimelineList items={plan.checklist} lang={lang} coveredYears={yearsText(plan)} />
              <p class="sl-muted">{t(lang, 'plan.onlyRulesShown')}</p>
              {plan.limitsAreUpperBound && <RuleList items={plan.caveats.filter((c) => c.rule.transferCase === 'intra-province')} lang={lang} />}
            </>
          ) : (
            <p class="sl-notice">{t(lang, 'plan.noDates')}</p>
          )}
        </Section>
      )}
      {actions}
      <Section id="routes" title={t(lang, 'plan.routes')}>
        {names.appProvince && plan.routes.some((r) => r.rule.planHint === 'app-province') && (
          <p class="sl-hint">{t(lang, 'plan.appProvince', { province: names.appProvince })}</p>
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
    </article>
  );
}

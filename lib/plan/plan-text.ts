// The plan as plain text for the clipboard: same sections and dates as the plan view, one language.
import type { Source } from '../../data/schema';
import { holidayName } from '../i18n/holiday-names';
import { estimateNote } from '../i18n/estimate-note';
import { pick, t, type Lang } from '../i18n/translate';
import type { ChecklistItem, PlanRule, TransferPlan } from './transfer-plan';

/** Display names the pure plan does not hold (region names come from the region index). */
export interface PlanNames {
  from: string;
  to: string;
  /** Province whose rule applies within a province, and the app's 地方专区 province. */
  ruleProvince?: string;
  appProvince?: string;
  /** The new place's province: its 地方专区 takes a transfer-in application. */
  appProvinceIn?: string;
}

export function relationText(lang: Lang, plan: TransferPlan, names: PlanNames): string {
  return plan.relation === 'intra-province'
    ? t(lang, 'relation.intra-province', { province: names.ruleProvince ?? '' })
    : t(lang, `relation.${plan.relation}`);
}

export function holidayNote(lang: Lang, item: ChecklistItem): string {
  const parts = item.holidays.map((h) => `${holidayName(lang, h.name)} ${h.first.slice(5)}–${h.last.slice(5)}`);
  if (item.makeupDays.length) parts.push(t(lang, 'plan.makeup', { dates: item.makeupDays.map((d) => d.slice(5)).join(', ') }));
  return parts.length ? t(lang, 'plan.holidaysInWindow', { names: parts.join(lang === 'en' ? '; ' : '；') }) : '';
}

export function stepLimitText(lang: Lang, item: ChecklistItem): string {
  const amount = item.limit.max ?? item.limit.min ?? 0;
  return item.unit === 'working-days' ? t(lang, 'plan.workingDays', { count: amount }) : `${amount} ${item.unit}`;
}

export function sourceText(source: Source): string {
  return 'seed' in source ? `《${source.title}》 ${source.date}：“${source.quote}”` : [source.document, source.issuer, source.date, source.url].filter(Boolean).join(' · ');
}

function ruleLines(lang: Lang, rules: PlanRule[], withSteps = false): string[] {
  return rules.flatMap(({ rule }) => [
    `- [${t(lang, `confidence.${rule.confidence}`)}] ${pick(lang, rule.statement)}`,
    ...(withSteps ? rule.steps.map((step, i) => `  ${i + 1}. ${pick(lang, step)}`) : []),
  ]);
}

export function planToText(lang: Lang, plan: TransferPlan, names: PlanNames): string {
  const { input } = plan;
  const sep = lang === 'en' ? ': ' : '：';
  const lines = [
    `${t(lang, 'app.name')} · ${t(lang, 'planner.title')}`,
    `${t(lang, 'plan.title', { from: names.from, to: names.to })} (${relationText(lang, plan, names)})`,
    [
      `${t(lang, 'planner.insurance')}${sep}${t(lang, `insurance.${input.insurance}`)}`,
      `${t(lang, 'planner.status')}${sep}${t(lang, `status.${input.status}`)}`,
      `${t(lang, 'planner.date')}${sep}${input.applied}`,
    ].join(' · '),
  ];
  const section = (title: string, body: string[]) => {
    if (body.length) lines.push('', title, ...body);
  };
  // Same order as PlanView: dated checklist, balance outcome, checks before applying, then the grounds.
  section(
    t(lang, 'plan.todo'),
    plan.checklist.map((item) => {
      const note = holidayNote(lang, item);
      const outside = item.outsideCalendar ? ` ⚠ ${t(lang, 'plan.outsideCalendar', { date: item.deadline ?? '', years: yearsText(plan) })}` : '';
      return `- ${item.deadline ?? '?'} ${t(lang, `step.${item.step}`)} (${stepLimitText(lang, item)})${note ? ` ${note}` : ''}${outside}`;
    }).concat(estimateLines(lang, plan)),
  );
  section(t(lang, 'plan.balance'), [
    t(lang, `balance.${plan.balance.handling}`),
    ...plan.balance.alternatives.map((h) => `  + ${t(lang, `balance.${h}`)}`),
  ]);
  section(t(lang, 'plan.conditions'), ruleLines(lang, plan.conditions));
  section(t(lang, 'plan.routes'), ruleLines(lang, plan.routes, true));
  section(t(lang, 'plan.experiences'), ruleLines(lang, plan.experiences));
  section(t(lang, 'plan.caveats'), ruleLines(lang, plan.caveats));
  section(t(lang, 'plan.otherRules'), ruleLines(lang, plan.otherRules));
  section(t(lang, 'plan.sources'), plan.sources.map((s) => `- ${sourceText(s)}`));
  return lines.join('\n') + '\n';
}

function estimateLines(lang: Lang, plan: TransferPlan): string[] {
  const note = estimateNote(lang, plan.calendarEstimates);
  return note && plan.checklist.length ? [`⚠ ${note}`] : [];
}

export function yearsText(plan: TransferPlan): string {
  const years = plan.coveredYears;
  return years.length ? `${years[0]}–${years.at(-1)}` : '';
}

import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { RULES } from '../../data/rules';
import { HolidayCalendar } from '../../data/schema';
import { loadRegions } from '../../lib/bundle/validated-regions';
import { buildTransferPlan, type PlanInput } from '../../lib/plan/transfer-plan';
import { createWorkingDayCalendar } from '../../lib/calendar/working-days';
import { planToText } from '../../lib/plan/plan-text';
import { t } from '../../lib/i18n/translate';
import { planToIcs } from '../../lib/plan/plan-ics';
import { parseIcsStrict } from './ics-parser';

const regions = loadRegions(regionsFile);
const calendar = createWorkingDayCalendar(HolidayCalendar.parse(holidays));
const code = (query: string) => regions.search(query)[0]!.code;
const plan = (input: Partial<PlanInput> & Pick<PlanInput, 'from' | 'to'>) =>
  buildTransferPlan(RULES, regions, calendar, { insurance: 'employee', status: 'employed', applied: '2026-09-28', ...input });
const ids = (rules: { rule: { id: string } }[]) => rules.map((r) => r.rule.id);

describe('九江 → 广州, employee, applied 2026-09-28 (National Day inside the window)', () => {
  const p = plan({ from: code('jj'), to: code('广州') });

  it('is a cross-province transfer whose balance moves, with the bank account as the fallback', () => {
    expect(code('jj')).toBe('360400');
    expect(p.relation).toBe('cross-province');
    expect(p.balance.handling).toBe('moves');
    expect(p.balance.alternatives).toEqual(['bank-account']);
    expect(ids(p.balance.rules)).toEqual(['balance-moves-with-relation', 'balance-to-bank-if-cannot-move']);
  });

  it('dates transfer-out, transfer-in and the whole on the working-day calendar with 调休', () => {
    expect(p.checklist.map((c) => [c.step, c.from, c.deadline, c.workingDays])).toEqual([
      ['transfer-out', '2026-09-28', '2026-10-16', 10],
      ['transfer-in', '2026-10-16', '2026-10-23', 5],
      ['whole', '2026-09-28', '2026-10-23', 15],
    ]);
    const out = p.checklist[0]!;
    expect(out.holidays).toEqual([{ name: '国庆节', first: '2026-10-01', last: '2026-10-07' }]);
    expect(out.makeupDays).toEqual(['2026-10-10']);
    expect(p.outsideCalendar).toBe(false);
  });

  it('asks to check 停保/参保 and no arrears first, and offers the app and the 参保凭证 routes', () => {
    expect(ids(p.conditions)).toEqual(expect.arrayContaining(['condition-stop-and-enrol', 'condition-account-normal']));
    expect(ids(p.routes)).toEqual(expect.arrayContaining(['route-online-national-app', 'route-offline-insurance-certificate']));
    expect(p.appProvince).toBe('360000');
    expect(ids(p.experiences)).toContain('experience-online-3-days');
    expect(p.experiences.every((e) => e.rule.kind === 'experience')).toBe(true);
    expect(ids(p.caveats)).toEqual(expect.arrayContaining(['caveat-compare-benefits', 'caveat-keep-paying-during-transfer']));
    expect(p.sources.length).toBeGreaterThan(5);
  });

  it('copies as text and exports an .ics that parses back with the three deadlines', () => {
    const names = { from: '九江市', to: '广州市', appProvince: '江西省' };
    const text = planToText('zh-CN', p, names);
    expect(text).toContain('2026-10-16 转出地完成转出');
    expect(text).toContain('国庆节 10-01–10-07');
    expect(text).toContain('调休上班 10-10');
    // Issue 12: the copied text keeps the rendered plan's order.
    const at = (heading: string) => text.indexOf(`\n${heading}\n`);
    const order = (['plan.todo', 'plan.balance', 'plan.conditions', 'plan.routes', 'plan.caveats'] as const).map((k) => at(t('zh-CN', k)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const cal = parseIcsStrict(planToIcs('en', p, names, new Date(Date.UTC(2026, 8, 28))));
    expect(cal.events.map((e) => [e.get('DTSTART')![0]!.value, e.get('DTEND')![0]!.value])).toEqual([
      ['20261016', '20261017'],
      ['20261023', '20261024'],
      ['20261023', '20261024'],
    ]);
    expect(new Set(cal.events.map((e) => e.get('UID')![0]!.value)).size).toBe(3);
  });
});

describe('other cases', () => {
  // Issue 10: the 10 + 5 working days hold for every transfer between pooling areas (43号 Art. 3), so within
  // a province they are the statutory limits, no longer an upper bound borrowed from the cross-province rule.
  it('广州 → 深圳 follows 广东’s intra-province rule: the balance stays, with the statutory 10 + 5 working days', () => {
    const p = plan({ from: code('广州'), to: code('深圳') });
    expect(p.relation).toBe('intra-province');
    expect(p.ruleProvince).toBe('440000');
    expect(p.balance.handling).toBe('stays');
    expect(ids(p.balance.rules)).toContain('balance-guangdong-intra-province-stays');
    expect(ids(p.balance.rules)).not.toContain('balance-other-provinces-intra-may-move');
    expect(p.hasLocalData).toBe(true);
    expect(p.limitsAreUpperBound).toBe(false);
    expect(p.checklist.map((c) => [c.step, c.workingDays])).toEqual([['transfer-out', 10], ['transfer-in', 5], ['whole', 15]]);
    expect(ids(p.caveats)).toContain('caveat-intra-province-may-be-shorter');
  });

  it('a retiree from 乌鲁木齐 resettling in 兰州 may have the balance paid to a bank account', () => {
    const p = plan({ from: code('乌鲁木齐'), to: code('兰州'), status: 'retired' });
    expect(p.relation).toBe('cross-province');
    expect(p.balance.handling).toBe('bank-account');
    expect(ids(p.balance.rules)).toContain('balance-retiree-resettlement-to-bank');
  });

  it('a move inside one pooling area needs no transfer and no dates', () => {
    const p = plan({ from: code('广州'), to: code('广州') });
    expect(p.relation).toBe('same-area');
    expect(p.balance.handling).toBe('not-needed');
    expect(p.checklist).toEqual([]);
  });

  it('an application late in the last covered year is flagged outside the calendar', () => {
    const last = calendar.coveredYears.at(-1)!;
    const p = plan({ from: code('九江'), to: code('广州'), applied: `${last}-12-28` });
    expect(p.outsideCalendar).toBe(true);
    expect(p.checklist.find((c) => c.step === 'whole')!.outsideCalendar).toBe(true);
    expect(planToText('en', p, { from: 'Jiujiang', to: 'Guangzhou' })).toContain('outside the bundled holiday calendar');
  });
});

describe('insurance type and status choose the rules', () => {
  it('城乡居民医保: no employee-only balance rule decides; the time limits still date the checklist', () => {
    const p = plan({ from: code('jj'), to: code('广州'), insurance: 'resident' });
    expect(p.balance.handling).toBe('none');
    for (const r of p.balance.rules) expect(r.rule.insurance).toContain('resident');
    expect(p.checklist.map((c) => c.deadline)).toEqual(['2026-10-16', '2026-10-23', '2026-10-23']);
  });

  it('灵活就业 employee insurance: the balance moves as for the employed, bank account as fallback', () => {
    const p = plan({ from: code('jj'), to: code('广州'), status: 'flexible' });
    expect(p.balance.handling).toBe('moves');
    expect(p.balance.alternatives).toEqual(['bank-account']);
    for (const r of p.balance.rules) expect(r.rule.status).toContain('flexible');
  });
});

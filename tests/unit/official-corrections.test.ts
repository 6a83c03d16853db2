// The corrections the official texts demand (issue 10, audit section D), each on the sentence a user reads:
// the place or topic card, the planner or the gap helper.
import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { RULES } from '../../data/rules';
import { HolidayCalendar } from '../../data/schema';
import { cardData } from '../../lib/bundle/background-data';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { loadRegions } from '../../lib/bundle/validated-regions';
import { createWorkingDayCalendar } from '../../lib/calendar/working-days';
import { claimCardModel } from '../../lib/cards/claim-card-model';
import { placeCardModel } from '../../lib/cards/place-card-model';
import { topicCardModel } from '../../lib/cards/topic-card-model';
import { t } from '../../lib/i18n/translate';
import { buildGapAdvice, type GapInput } from '../../lib/plan/gap-helper';
import { buildTransferPlan, type PlanInput } from '../../lib/plan/transfer-plan';

const regions = loadRegions(regionsFile);
const calendar = createWorkingDayCalendar(HolidayCalendar.parse(holidays));
const data = cardData();
const code = (query: string) => regions.search(query)[0]!.code;
const plan = (input: Partial<PlanInput> & Pick<PlanInput, 'from' | 'to'>) =>
  buildTransferPlan(RULES, regions, calendar, { insurance: 'employee', status: 'employed', applied: '2026-09-28', ...input });
const gap = (input: Partial<GapInput>) =>
  buildGapAdvice(RULES, regions, { lastPaid: '2026-03', restart: '2026-07', cause: 'self', insurance: 'employee', status: 'flexible', ...input });
const texts = (rules: { rule: { statement: { zh: string } } }[]) => rules.map((r) => r.rule.statement.zh).join('\n');

describe('gaps before a transfer', () => {
  it('≤ 3 months: back-pay under the new place’s rules, benefits from the month paid, the gap’s benefits retroactive, the 2-year scheme switch too', () => {
    const a = gap({});
    const text = a.applies.map((r) => r.statement.zh).join('\n');
    expect(text).toContain('按转入地规定补缴，缴费当月即可享受待遇');
    expect(text).toContain('中断期间的待遇可按规定追溯享受');
    expect(text).toContain('已连续参保2年（含）以上、在职工医保和城乡居民医保之间转换且中断不超过3个月的，同样适用');
    expect(a.benefitMonths[0]).toEqual({ ruleId: 'gap-before-transfer-within-3-months', bound: 'from', month: '2026-07' });
    // The general "no benefits during a gap" now names the exception.
    expect(a.general.find((r) => r.id === 'gap-no-benefits-during-gap')!.statement.zh).toContain('断缴期间的待遇可追溯享受');
  });

  it('> 3 months: each pooling area MAY set a waiting period of up to 6 months; the date is a latest date', () => {
    const a = gap({ lastPaid: '2026-01' });
    expect(a.applies[0]!.statement.zh).toContain('各统筹地区可以设置待遇享受等待期，最长不超过6个月');
    expect(a.applies[0]!.statement.zh).toContain('6个月是上限');
    expect(a.benefitMonths).toEqual([{ ruleId: 'gap-before-transfer-over-3-months-waiting', bound: 'by', month: '2027-01' }]);
  });

  it('the statutory late fee is on employers (社会保险法第八十六条), the individual one is local', () => {
    const fee = gap({ monthly: 500 }).lateFee.rule!;
    expect(fee.statement.zh).toContain('法定滞纳金针对用人单位');
    expect(fee.statement.zh).toContain('社会保险法第八十六条');
    expect(fee.sources[0]).toMatchObject({ document: '《中华人民共和国社会保险法》第八十六条', kind: 'law' });
  });
});

describe('where and how to apply', () => {
  const p = plan({ from: code('jj'), to: code('广州') });

  it('online or at a window, at either end; in the app a transfer-in goes to the new place’s 地方专区', () => {
    const route = p.routes.find((r) => r.rule.id === 'route-online-national-app')!.rule;
    expect(route.statement.zh).toContain('转入地、转出地任何一方都可以发起');
    expect(route.statement.zh).toContain('申请转入就选新参保地');
    expect(texts(p.routes)).toContain('可到转入地或转出地（新参保地或原参保地）任一方的医保经办机构窗口申请');
    expect(p.appProvinceIn).toBe('440000');
    expect(t('zh-CN', 'plan.appProvince', { province: '江西省', to: '广东省' })).toBe(
      '在“地方专区”申请转入选 广东省（新参保地），申请转出选 江西省（原参保地）；任何一方都可发起',
    );
  });

  it('no paper 参保凭证 for an online cross-province transfer', () => {
    expect(texts(p.conditions)).toContain('跨省网上转移不再需要提供纸质参保凭证');
    expect(texts(p.routes)).not.toContain('上传身份证、参保凭证');
  });

  it('10 working days from acceptance out, 5 from receipt of the 信息表 in, within a province too', () => {
    const intra = plan({ from: code('广州'), to: code('深圳') });
    expect(intra.relation).toBe('intra-province');
    expect(intra.checklist.map((c) => [c.step, c.workingDays])).toEqual([['transfer-out', 10], ['transfer-in', 5], ['whole', 15]]);
    const limits = texts(intra.timeLimitRules);
    expect(limits).toContain('跨统筹地区转移（跨省和省内都适用）时，转出地经办机构在申请成功受理后10个工作日内完成转出');
    expect(limits).toContain('收到《参保人员基本医疗保险信息表》后5个工作日内完成转入');
    const card = placeCardModel({ code: '440300', context: { language: 'zh-CN', today: '2026-09-28', otherEnd: '440100' }, ...data })!;
    expect(card.timeline!.upperBound).toBe(false);
  });

  it('the 15 working days cover the relation, not the money', () => {
    const whole = p.timeLimitRules.find((r) => r.rule.id === 'time-whole-15-working-days')!.rule;
    expect(whole.statement.zh).toContain('这15个工作日不含个人账户余额到账');
    expect(whole.effective?.note?.zh).toContain('施行日期未能核实');
  });
});

describe('the personal account', () => {
  it('balance rules are about the 职工医保 account: one outcome with its evidence, official first', () => {
    const p = plan({ from: code('jj'), to: code('广州') });
    const moves = p.balance.rules[0]!.rule;
    expect(moves.id).toBe('balance-moves-with-relation');
    expect(moves.statement.zh.startsWith('职工医保个人账户的钱随医保关系转移')).toBe(true);
    expect(moves.insurance).toEqual(['employee']);
    expect(moves.sources[0]).toMatchObject({ kind: 'national', copy: 'repost' });
    const resident = plan({ from: code('jj'), to: code('广州'), insurance: 'resident' });
    expect(resident.balance.handling).toBe('none');
  });

  it('retirees are outside the transfer measures and file a long-term residence record instead', () => {
    const p = plan({ from: code('乌鲁木齐'), to: code('兰州'), status: 'retired' });
    expect(texts(p.conditions)).toContain('退休人员不在国家医保关系转移接续办法的范围内');
    expect(texts(p.routes)).toContain('办理异地长期居住（异地安置）备案');
  });

  it('how the account is credited: in service ≤ 2 % of the own base, retirees a fixed amount', () => {
    const card = topicCardModel({ topicId: 'monthly-credit', context: { language: 'zh-CN' }, ...data })!;
    const text = card.points.map((f) => f.text).join('\n');
    expect(text).toContain('退休人员个人账户由统筹基金按定额划入');
    expect(text).toContain('原则上不超过本人缴费基数的2%');
  });

  it('家庭共济: who, where, and the 医保钱包 limits on the family-sharing card', () => {
    const card = topicCardModel({ topicId: 'family-sharing', context: { language: 'zh-CN' }, ...data })!;
    const text = [...card.points, ...card.caveats].map((f) => f.text).join('\n');
    expect(text).toContain('2024年起范围扩大到近亲属');
    expect(text).toContain('每个钱包每天最多转3笔，每笔不超过2000元');
    expect(text).toContain('跨统筹地区转移时自动解除');
  });
});

describe('城乡居民医保 waiting periods (国办发〔2024〕38号)', () => {
  const resident = (breakYears: number, paidBackYears: number) =>
    gap({ insurance: 'resident', lastPaid: '2023-12', restart: '2026-03', resident: { breakYears, paidBackYears } }).residentWaiting!;

  it('3 months fixed, one more per year of break, one less per year paid back', () => {
    expect(resident(0, 0)).toMatchObject({ fixedMonths: 3, variableMonths: 0, totalMonths: 3, benefitsFrom: '2026-06' });
    expect(resident(2, 0)).toMatchObject({ variableMonths: 2, totalMonths: 5, benefitsFrom: '2026-08' });
    expect(resident(2, 1)).toMatchObject({ variableMonths: 1, totalMonths: 4, benefitsFrom: '2026-07' });
  });

  it('at least 6 months in all after a break of 4 years or more, however much is paid back', () => {
    expect(resident(5, 5)).toMatchObject({ variableMonths: 0, totalMonths: 6, floorApplied: true, benefitsFrom: '2026-09' });
    expect(resident(6, 0)).toMatchObject({ totalMonths: 9, floorApplied: false });
  });

  it('shows no fund payment while waiting and the incentives, and gives employees no resident waiting period', () => {
    const a = gap({ insurance: 'resident', resident: { breakYears: 1, paidBackYears: 0 } });
    const text = a.general.map((r) => r.statement.zh).join('\n');
    expect(text).toContain('医保基金不支付医疗费用');
    expect(text).toContain('每次原则上不低于1000元');
    expect(gap({ resident: { breakYears: 1, paidBackYears: 0 } }).residentWaiting).toBeNull();
  });
});

describe('claims the official texts contradict are flagged on the page', () => {
  const claimsIn = (text: string) => bundledDetector().scan(text).mentions.filter((m) => m.kind === 'claim').map((m) => m.id);

  it.each([
    ['进入APP首页,点击“地方专区”,选择原参保地所在省份。', 'contradiction-choose-original-province'],
    ['在断交期间,参保者将无法享受医保待遇。', 'overstated-no-benefits-during-gap'],
    ['整体流程:跨省转移接续全流程不超过15个工作日。', 'overstated-15-days-includes-money'],
    ['按照退休人员所在地区的人均养老金水平的一定比例(通常为2%~3%)进行返还。', 'stale-credit-2-3-percent-of-pension'],
    ['中断3个月以上的,待遇享受等待期原则上不超过6个月。', 'overstated-waiting-6-months'],
  ])('%s → %s', (text, id) => {
    expect(claimsIn(text)).toContain(id);
  });

  it('the waiting-period card says what holds: a ceiling each pooling area may set', () => {
    const m = claimCardModel({ claimId: 'overstated-waiting-6-months', pageText: '原则上不超过6个月', context: { language: 'zh-CN' }, ...data })!;
    expect(m.holds).toContain('这是各统筹地区可以设置的等待期上限，不是统一的等待期');
  });
});

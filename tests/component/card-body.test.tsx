// @vitest-environment happy-dom
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardBody } from '../../components/card/card-body';
import type { CardContext, CardMention } from '../../lib/cards/card-context';
import { weekdayLabel } from '../../lib/i18n/card-strings';

afterEach(cleanup);

const ctx = (over: Partial<CardContext> = {}): CardContext => ({ today: '2026-09-28', language: 'zh-CN', theme: 'light', ...over });
const place = (id: string, name: string): CardMention => ({ kind: 'place', id, name, text: name, region: { code: id } });
const card = (mention: CardMention, context = ctx()) => {
  const view = render(<CardBody mention={mention} context={context} />);
  return { view, article: view.getByRole('article') };
};
const rowOf = (article: HTMLElement, step: string) => article.querySelector(`tr[data-step="${step}"]`) as HTMLElement;

describe('place card', () => {
  it('九江 on 2026-09-28: 江西省, cross-province, dated deadlines, routes, caveats, nothing local', () => {
    const { article } = card(place('360400', '九江'));
    expect(article.getAttribute('aria-label')).toBe('九江市：医保转移信息');
    expect(within(article).getByRole('heading', { name: '九江市' })).toBeTruthy();
    expect(article.querySelector('.sl-sub')!.textContent).toBe('江西省');
    expect(article.querySelector('.sl-case')!.textContent).toContain('按跨省转移');
    const dates = (step: string) => [...rowOf(article, step).querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(dates('transfer-out')).toEqual(['2026-10-16']);
    expect(dates('transfer-in')).toEqual(['2026-10-23']);
    expect(dates('whole')).toEqual(['2026-10-23']);
    expect(rowOf(article, 'transfer-out').textContent).toContain('10 个工作日');
    expect(rowOf(article, 'transfer-out').textContent).toContain('2026-10-16 周五');
    expect(within(article).getByRole('heading', { name: '如果今天（2026-09-28 周一）申请' })).toBeTruthy();
    // What each count starts from, its sureness and sources are folded under the table, one line per step.
    const basis = within(article).getByText('起算、可靠程度与来源').closest('details')!;
    expect(basis.hasAttribute('open')).toBe(false);
    const basisOut = basis.querySelector('[data-basis="transfer-out"]')!;
    expect(basisOut.textContent).toContain('转出地完成转出');
    expect(basisOut.textContent).toContain('申请成功受理后起算');
    expect(basisOut.querySelector('.sl-badge')!.textContent).toBe('官方规定');
    expect(basisOut.querySelector('.sl-sr')!.textContent).toMatch(/^来源 \d/);
    expect(rowOf(article, 'transfer-out').querySelector('.sl-refs')).toBeNull();
    expect(article.textContent).toContain('期间遇到：国庆节');
    expect(article.textContent).toContain('没有九江市的本地规定数据，以下为全国规定。');
    const routes = within(article).getByText('办理途径').closest('details')!;
    expect(routes.textContent).toContain('《参保凭证》');
    expect(routes.textContent).toContain('医保服务平台');
    expect(within(article).getByText('注意事项').closest('details')!.querySelectorAll('li').length).toBeGreaterThan(3);
  });

  it('shows each fact with its confidence and numbered sources that the card lists with dates', () => {
    const { article } = card(place('360400', '九江'));
    const sources = within(article).getByText('来源').closest('details')!;
    expect(sources.querySelector('time[datetime="2025-09-21"]')).toBeTruthy();
    expect(sources.textContent).toContain('seed 000');
    const route = article.querySelector('[data-fact="route-formal-procedure"]')!;
    expect(route.querySelector('.sl-badge')!.textContent).toBe('官方规定');
    expect(route.querySelector('.sl-sr')!.textContent).toMatch(/^来源 \d/);
  });

  it('广东 shows its intra-province rule: not moved, not paid out', () => {
    const { article } = card(place('440000', '广东'));
    const other = within(article).getByRole('region', { name: '其他情形' });
    expect(other.textContent).toContain('在广东省内转移时：');
    expect(other.textContent).toContain('不划转、不提现');
    expect(article.textContent).not.toContain('本地规定数据');
  });

  it('深圳 with the other end in 广州 applies the 广东 rule as local', () => {
    const { article } = card(place('440300', '深圳'), ctx({ otherEnd: '440100' }));
    expect(article.querySelector('.sl-case')!.textContent).toContain('省内跨统筹区转移：深圳市 ↔ 广州市');
    expect(within(article).getByRole('region', { name: '深圳市的本地信息' }).textContent).toContain('不划转、不提现');
  });

  it('leads with the case, the balance in one line, the dated deadlines and one caveat; the rest folded', () => {
    const { article } = card(place('360400', '九江'));
    // The balance line comes straight after the case, so no table length can push it out of the first screen.
    const parts = ['sl-case', 'sl-lead-balance', 'sl-card-timeline', 'sl-lead-caveat'];
    const order = [...article.querySelectorAll(parts.map((c) => `.${c}`).join(', '))].map((el) => parts.find((c) => el.classList.contains(c)));
    expect(order).toEqual(parts);
    const balance = article.querySelector('.sl-lead-balance')!;
    expect(balance.textContent).toContain('余额');
    expect(balance.textContent).toContain('随医保关系划转到新参保地的个人账户。');
    expect(balance.querySelector('.sl-badge')!.textContent).toBe('官方规定');
    const caveat = article.querySelector('.sl-lead-caveat')!;
    expect(caveat.closest('details')).toBeNull();
    // The lead caveat is not repeated in the folded list.
    const id = caveat.querySelector('[data-fact]')!.getAttribute('data-fact')!;
    expect(article.querySelectorAll(`[data-fact="${id}"]`)).toHaveLength(1);
    for (const title of ['办理途径', '先确认', '注意事项', '报告的经历（非规定，仅供参考）']) {
      expect(within(article).getByText(title).closest('details')).not.toBeNull();
    }
    // A local balance rule leads where it applies: 深圳 ↔ 广州 keeps the money in the province.
    cleanup();
    const sz = card(place('440300', '深圳'), ctx({ otherEnd: '440100' })).article;
    expect(sz.querySelector('.sl-lead-balance')!.textContent).toContain('不划转、不提现');
  });

  it('南京 shows the ~30 working-day experience labelled as reported by an article', () => {
    const { article } = card(place('320100', '南京'));
    const item = article.querySelector('[data-fact="experience-nanjing-30-working-days"]')!;
    expect(item.textContent).toContain('约30个工作日');
    expect(item.textContent).toContain('市民卡');
    expect(item.querySelector('.sl-badge')!.textContent).toBe('文章报道');
    // Experiences fold below the lead lines: the title is the <details>' summary.
    expect(item.closest('.sl-section')!.querySelector('.sl-h')!.textContent).toBe('报告的经历（非规定，仅供参考）');
  });

  it('renders in English', () => {
    const { article } = card(place('360400', '九江'), ctx({ language: 'en' }));
    expect(article.getAttribute('aria-label')).toBe('九江市: medical-insurance transfer');
    expect(article.textContent).toContain('If you applied today (2026-09-28 Mon)');
    expect(rowOf(article, 'transfer-out').textContent).toContain('10 working days');
    expect(rowOf(article, 'transfer-out').textContent).toContain('2026-10-16 Fri');
    expect(article.textContent).toContain('National Day (国庆节)');
    expect(article.querySelector('.sl-badge-official')!.textContent).toBe('Official rule');
  });

  // 2027 is covered by an estimate from the statutory days (the next test); 2028 is beyond.
  it('a date in 2028 says the holiday calendar does not cover it', () => {
    const { article } = card(place('360400', '九江'), ctx({ today: '2028-03-01' }));
    const note = within(article).getByRole('note');
    expect(note.textContent).toContain('2028 年的节假日安排尚未公布');
    expect(article.querySelectorAll('tr.sl-outside')).toHaveLength(3);
  });

  it('a window reaching 2027 says its dates are estimated from the statutory holidays and names the weekend ones', () => {
    const { article } = card(place('360400', '九江'), ctx({ today: '2027-01-29' }));
    const note = article.querySelector('[data-note="calendar-estimate"]')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toContain('2027 年调休安排尚未公布，已按法定节日推算');
    expect(note.textContent).toContain('春节（2月6日、2月7日）逢周末');
    expect(article.querySelectorAll('tr.sl-outside')).toHaveLength(0);
  });

  it('an unknown code or an impossible date gets a clear message instead of a crash', () => {
    const view = render(<CardBody mention={place('999999', '某地')} context={ctx()} />);
    expect(view.container.textContent).toBe('数据中没有编码为 999999 的地区。');
    cleanup();
    const bad = render(<CardBody mention={place('360400', '九江')} context={ctx({ today: '2026-02-30' })} />);
    expect(bad.container.textContent).toMatch(/^无法生成这张卡片：.*2026-02-30/);
  });

  it('without a date it counts from today in China', () => {
    const { article } = card(place('360400', '九江'), { language: 'zh-CN' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(within(article).getByRole('heading', { name: `如果今天（${today} ${weekdayLabel('zh-CN', today)}）申请` })).toBeTruthy();
  });
});

describe('topic card', () => {
  it('断缴与补缴 shows ≤3 months, ≤6 months and the 0.05 % late fee with sources', () => {
    const { article } = card({ kind: 'topic', id: 'gap-and-backpay', name: '断缴', text: '断缴' });
    expect(within(article).getByRole('heading', { name: '断缴与补缴' })).toBeTruthy();
    // The surest rule leads in a line; the other key rules fold under 要点.
    const lead = article.querySelector('.sl-lead-rule')!;
    expect(lead.closest('details')).toBeNull();
    const points = within(article).getByText('要点').closest('details')!;
    const rules = `${lead.textContent} ${points.textContent}`;
    expect(rules).toContain('3个月（含）以内');
    expect(rules).toContain('不超过6个月');
    expect(rules).toContain('0.05%');
    expect(lead.querySelector('li')!.querySelector('.sl-badge')!.textContent).toBe('官方规定');
    expect(within(article).getByText('来源')).toBeTruthy();
  });
});

describe('claim card', () => {
  it('45 working days: what the page says, what holds now (15), since when, and where', () => {
    const { article } = card({ kind: 'claim', id: 'stale-45-working-days', name: '45个工作日', text: '45个工作日' });
    expect(within(article).getByRole('heading', { name: '过时的说法' })).toBeTruthy();
    expect(article.querySelector('q')!.textContent).toBe('45个工作日');
    expect(article.querySelector('.sl-holds')!.textContent).toContain('医保关系转移共不超过15个工作日');
    expect(article.querySelector('time[datetime="2021-11-01"]')!.textContent).toBe('依据 2021-11-01 印发的规定');
    expect(article.querySelector('[data-fact="time-whole-15-working-days"] .sl-badge')!.textContent).toBe('官方规定');
    expect(article.querySelector('blockquote')!.textContent).toContain('由原来的45个工作日压缩至15个工作日');
  });
});

describe('theme', () => {
  it('passes the chosen theme to the styles', () => {
    const { view } = card(place('360400', '九江'), ctx({ theme: 'dark' }));
    expect(view.container.querySelector('.sl-body')!.getAttribute('data-theme')).toBe('dark');
  });
});

describe('mentions straight from the detector', () => {
  it('renders the cards for what the detector finds in a sentence', async () => {
    const { bundledDetector } = await import('../../lib/bundle/validated-detector');
    const { mentions } = bundledDetector().scan('江西九江医保关系跨省转移，以前要45个工作日，断缴后怎么补缴？');
    const placeMention = mentions.find((m) => m.kind === 'place' && m.id === '360400')!;
    const claimMention = mentions.find((m) => m.kind === 'claim')!;
    expect(card(placeMention).article.querySelector('tr[data-step="whole"] time')!.getAttribute('datetime')).toBe('2026-10-23');
    cleanup();
    expect(card(claimMention).article.querySelector('q')!.textContent).toBe(claimMention.text);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { GapHelperView } from '../../components/popup/gap-helper-view';
import { getBundle } from '../../lib/bundle/popup-data';

const bundle = getBundle();
afterEach(cleanup);

function fill(lang: 'zh-CN' | 'en', values: { last: string; restart: string; cause?: RegExp; monthly?: string }) {
  render(<GapHelperView lang={lang} bundle={bundle} thisMonth="2026-11" />);
  const [last, restart] = [screen.getByLabelText(lang === 'en' ? 'Last month paid' : '最后一个已缴费月份'), screen.getByLabelText(lang === 'en' ? 'Month you restart paying' : '计划恢复缴费的月份')];
  expect((restart as HTMLInputElement).value).toBe('2026-11');
  fireEvent.input(last!, { target: { value: values.last } });
  fireEvent.input(restart!, { target: { value: values.restart } });
  if (values.cause) fireEvent.click(screen.getByLabelText(values.cause));
  if (values.monthly) fireEvent.input(screen.getByRole('spinbutton'), { target: { value: values.monthly } });
  fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Show what applies' : '查看适用规定' }));
}

describe('GapHelperView', () => {
  it('3 unpaid months, self-caused, CNY 500 a month: back-pay rule, local variation and a 23.50 late-fee estimate with assumptions', () => {
    fill('zh-CN', { last: '2026-03', restart: '2026-07', monthly: '500' });
    const result = document.querySelector('.sl-gap-result')!;
    expect(result.getAttribute('data-band')).toBe('within-3');
    expect(result.querySelector('h2')!.textContent).toBe('断缴 3 个月：2026-04, 2026-05, 2026-06');
    expect(result.querySelector('[data-rule="gap-before-transfer-within-3-months"]')!.textContent).toContain('2026-07 起可享受待遇');
    // Evidence: 新华社's summary of the measures (no official copy of that article could be opened).
    expect(result.querySelector('[data-rule="gap-before-transfer-within-3-months"]')!.textContent).toContain('文章报道');
    expect(result.textContent).toContain('补缴后次月恢复待遇');
    // The answer comes before the rules: back-pay window, when benefits apply, the late fee.
    const summary = result.querySelector('.sl-gap-summary')!;
    expect(summary.compareDocumentPosition(result.querySelector('.sl-gap-section')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...summary.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['还能补缴', '待遇从何时起', '滞纳金']);
    expect([...summary.querySelectorAll('[data-window]')].map((dd) => dd.textContent)).toEqual(['文章报道 断缴 3 个月以内的可以补缴']);
    expect(summary.querySelector('.sl-benefits')!.textContent).toContain('2026-07 起可享受待遇');
    expect(summary.querySelector('.sl-gap-sum-fee')!.textContent).toBe('合计约 23.50 元');
    expect(result.querySelector('.sl-fee-total')!.textContent).toBe('合计约 23.50 元');
    expect(result.textContent).toContain('2026-04：62 天 × 0.05% × 500 元 = 15.50 元');
    expect(result.textContent).toContain('2026-07-01');
    // The statutory late fee (社会保险法第八十六条) is official and falls on employers.
    expect(result.querySelector('[data-rule="gap-late-fee-daily-0-05-percent"]')!.textContent).toContain('官方规定');
    expect(result.querySelector('[data-rule="gap-late-fee-daily-0-05-percent"]')!.textContent).toContain('用人单位');
  });

  it('8 months, employer-caused (English): waiting period ≤ 6 months, restart variation, no fee for the person', () => {
    fill('en', { last: '2025-10', restart: '2026-07', cause: /Employer did not pay/, monthly: '500' });
    const result = document.querySelector('.sl-gap-result')!;
    expect(result.getAttribute('data-band')).toBe('over-6');
    expect(result.querySelector('[data-rule="gap-before-transfer-over-3-months-waiting"]')!.textContent).toContain('benefits again by 2027-01');
    expect(result.querySelector('[data-rule="gap-over-6-months-reenrol"]')).not.toBeNull();
    expect(result.querySelector('.sl-gap-fee')!.textContent).toContain('you owe no late fee');
    expect(result.querySelector('.sl-fee-total')).toBeNull();
  });

  it('a restart month before the last paid month is an error, not a result', () => {
    fill('zh-CN', { last: '2026-08', restart: '2026-07' });
    expect(screen.getByRole('alert').textContent).toBe('恢复月份必须晚于最后缴费月份。');
    expect(document.querySelector('.sl-gap-result')).toBeNull();
  });
});

describe('GapHelperView, resident insurance (国办发〔2024〕38号)', () => {
  it('2 years without insurance, none paid back: 3 + 2 months, benefits from the month they end', () => {
    render(<GapHelperView lang="zh-CN" bundle={bundle} thisMonth="2026-11" />);
    fireEvent.input(screen.getByLabelText('最后一个已缴费月份'), { target: { value: '2024-12' } });
    fireEvent.input(screen.getByLabelText('计划恢复缴费的月份'), { target: { value: '2026-03' } });
    fireEvent.click(screen.getByLabelText('城乡居民医保'));
    fireEvent.input(screen.getByLabelText('断保整年数（城乡居民医保）'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '查看适用规定' }));
    const line = document.querySelector('.sl-resident-waiting')!;
    expect(line.textContent).toBe('城乡居民医保等待期：固定 3 个月 + 变动 2 个月，共 5 个月，2026-08 起享受待遇。');
    expect(document.querySelector('.sl-gap-result')!.textContent).toContain('医保基金不支付医疗费用');
  });
});

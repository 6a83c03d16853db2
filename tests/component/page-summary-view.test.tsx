// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PageSummaryView, type PageSummaryViewProps } from '../../components/popup/page-summary-view';
import { getBundle } from '../../lib/bundle/popup-data';
import type { MentionKind, PageSummary } from '../../lib/messaging/messages';

afterEach(cleanup);
const bundle = getBundle();
const summary: PageSummary = {
  subject: '360400',
  places: [{ code: '360400', name: '九江', count: 3 }],
  topics: [{ id: 'balance-transfer', count: 2 }],
  claims: [{ id: 'stale-45-working-days', count: 1 }],
  total: 6,
};

function view(props: Partial<PageSummaryViewProps>, jumps: [MentionKind, string][] = []) {
  return render(
    <PageSummaryView
      lang="zh-CN"
      state="ok"
      summary={summary}
      placeName={(code) => bundle.regions.byCode(code)?.name ?? null}
      topicLabel={(id) => bundle.topics.find((t) => t.id === id)?.label ?? null}
      claimOf={(id) => bundle.claims.find((c) => c.id === id) ?? null}
      onJump={async (kind, id) => {
        jumps.push([kind, id]);
        return { found: true, index: jumps.length, count: 3 };
      }}
      {...props}
    />,
  );
}

describe('PageSummaryView', () => {
  it('lists subject, claims with what holds, places and topics, and jumps on click', async () => {
    const jumps: [MentionKind, string][] = [];
    view({}, jumps);
    expect(screen.getByText('本页主要讲：九江市')).toBeTruthy();
    expect(screen.getByRole('button', { name: /跨省转移接续需要45个工作日/ })).toBeTruthy();
    expect(screen.getByText(/实际：现行时限/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '个人账户余额转移 2 处' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '九江市 3 处' }));
    await waitFor(() => expect(screen.getByText('已跳到第 1/3 处')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: '九江市 3 处' }));
    await waitFor(() => expect(screen.getByText('已跳到第 2/3 处')).toBeTruthy());
    expect(jumps).toEqual([['place', '360400'], ['place', '360400']]);
  });

  it.each([
    ['unavailable', '不能在此页面运行'],
    ['off', '高亮已关闭'],
    ['not-scanned', '请刷新页面'],
    ['unsupported', '不支持 CSS 自定义高亮'],
  ] as const)('explains the %s state instead of a list', (state, text) => {
    view({ state, summary: null });
    expect(screen.getByRole('status').textContent).toContain(text);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('says when nothing was found, in English too', () => {
    view({ lang: 'en', summary: { subject: null, places: [], topics: [], claims: [], total: 0 } });
    expect(screen.getByRole('status').textContent).toBe('Nothing about medical-insurance transfer was found on this page.');
  });
});

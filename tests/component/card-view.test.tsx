// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardBody } from '../../components/card/card-body';
import { CardFrame } from '../../components/card/card-frame';
import { CardView, type CardViewState } from '../../components/card/card-view';
import type { CardContext, CardMention } from '../../lib/cards/card-context';
import { cardData } from '../../lib/bundle/background-data';
import { cardModel } from '../../lib/cards/card-model';

afterEach(cleanup);

const zh: CardContext = { language: 'zh-CN', today: '2026-09-28', subject: '440100' };
const jiujiang: CardMention = { kind: 'place', id: '360400', name: '九江', text: '九江', region: { code: '360400' } };
const topic: CardMention = { kind: 'topic', id: 'intra-province', name: '省内', text: '省内转移' };
const claim: CardMention = { kind: 'claim', id: 'stale-45-working-days', name: '45个工作日', text: '45个工作日' };
const view = (card: CardViewState, language: CardContext['language'] = 'zh-CN') => render(<CardView card={card} language={language} />).container;

describe('CardView draws a model that came as JSON exactly as CardBody draws it in place', () => {
  for (const mention of [jiujiang, topic, claim]) {
    it(`${mention.kind} ${mention.id}`, () => {
      const here = render(<CardBody mention={mention} context={zh} />).container.innerHTML;
      cleanup();
      const sent = JSON.parse(JSON.stringify(cardModel(mention, zh, cardData()))) as CardViewState;
      const drawn = view(sent).innerHTML;
      expect(drawn).toBe(here);
      expect(drawn).toContain('sl-card');
    });
  }
});

describe('CardView without a model', () => {
  it('while waiting: a short status line', () => {
    view({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('正在读取规定…');
    cleanup();
    view({ kind: 'loading' }, 'en');
    expect(screen.getByRole('status').textContent).toBe('Looking up the rules…');
  });

  it('no answer, unknown ids and failures say what happened', () => {
    expect(view({ kind: 'failed', reason: '扩展的后台 3 秒内没有回应，请再悬停一次' }).textContent).toBe(
      '无法生成这张卡片：扩展的后台 3 秒内没有回应，请再悬停一次',
    );
    cleanup();
    expect(view({ kind: 'unknown', what: 'place', id: '999999' }).textContent).toBe('数据中没有编码为 999999 的地区。');
    cleanup();
    expect(view({ kind: 'unknown', what: 'claim', id: 'x' }, 'en').textContent).toBe('No such claim in the data: x');
  });

  it('a model of the wrong shape gets the could-not-be-built message, and the next card draws normally', () => {
    const bad = { kind: 'place', model: { title: '九江市' } } as unknown as CardViewState;
    const { container, rerender } = render(<CardView card={bad} language="zh-CN" />);
    expect(container.textContent).toMatch(/^无法生成这张卡片：/);
    expect(container.querySelector('.sl-card')).toBeNull();
    rerender(<CardView card={cardModel(jiujiang, zh, cardData())} language="zh-CN" />);
    expect(container.querySelector('.sl-place h3')!.textContent).toBe('九江市');
  });
});

describe('CardFrame while the body waits', () => {
  it('is aria-busy until the model is there', () => {
    const frame = (busy: boolean) => (
      <CardFrame mention={jiujiang} context={zh} pinned={false} busy={busy} onClose={() => {}} onPin={() => {}} onStep={() => {}}>
        <CardView card={busy ? { kind: 'loading' } : cardModel(jiujiang, zh, cardData())} language="zh-CN" />
      </CardFrame>
    );
    const { rerender } = render(frame(true));
    expect(screen.getByRole('dialog').getAttribute('aria-busy')).toBe('true');
    rerender(frame(false));
    expect(screen.getByRole('dialog').hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByRole('dialog').textContent).toContain('江西省');
  });
});

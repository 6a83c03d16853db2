import { describe, expect, it } from 'vitest';
import type { CardContext, CardMention } from '../../lib/cards/card-context';
import { cardData } from '../../lib/bundle/background-data';
import { cardModel } from '../../lib/cards/card-model';
import { CardModelMessage } from '../../lib/messaging/messages';
import { CardModels, type SendCardRequest } from '../../entrypoints/content/card/card-models';

const jiujiang: CardMention = { kind: 'place', id: '360400', name: '九江市', text: '九江', region: { code: '360400' } };
const zh: CardContext = { language: 'zh-CN', subject: '360400', today: '2026-09-28' };

/** What the background does with a card-model message (entrypoints/background.ts), counting calls; JSON as Chrome sends it. */
function background(): { send: SendCardRequest; calls: () => number } {
  let calls = 0;
  const send: SendCardRequest = async (message) => {
    calls++;
    const parsed = CardModelMessage.parse(JSON.parse(JSON.stringify(message)));
    return JSON.parse(JSON.stringify(cardModel(parsed.mention, parsed.context, cardData())));
  };
  return { send, calls: () => calls };
}

describe('CardModels', () => {
  it('asks the background once per mention and context; the second hover is answered from the page', async () => {
    const bg = background();
    const models = new CardModels(bg.send);
    expect(models.cached(jiujiang, zh)).toBeUndefined();
    const [a, b] = await Promise.all([models.request(jiujiang, zh), models.request(jiujiang, zh)]);
    expect(a.kind).toBe('place');
    expect(b).toBe(a);
    expect(bg.calls()).toBe(1);
    // Another mention of the same place (other offsets, full region record) shares the card.
    const again = { ...jiujiang, start: 40, end: 42, region: { code: '360400', name: '九江市', province: '360000' } } as CardMention;
    expect(models.cached(again, zh)).toBe(a);
    expect(await models.request(again, zh)).toBe(a);
    expect(bg.calls()).toBe(1);
    // A different context is a different card: English, or the next day.
    expect(models.cached(jiujiang, { ...zh, language: 'en' })).toBeUndefined();
    expect(models.cached(jiujiang, { ...zh, today: '2026-09-29' })).toBeUndefined();
    const en = await models.request(jiujiang, { ...zh, language: 'en' });
    expect(en.kind === 'place' && en.model.caseLabel).toMatch(/^Read as a cross-province transfer/);
    expect(bg.calls()).toBe(2);
  });

  it('no answer within the timeout: a failed card that says so; a late answer is kept for the next hover', async () => {
    let answer: (value: unknown) => void = () => {};
    const models = new CardModels(() => new Promise((resolve) => (answer = resolve)), 50);
    const result = await models.request(jiujiang, zh);
    expect(result).toEqual({ kind: 'failed', reason: '扩展的后台 0.05 秒内没有回应，请再悬停一次' });
    expect(models.cached(jiujiang, zh)).toBeUndefined();
    const late = await background().send({ type: 'card-model', mention: jiujiang, context: zh } as CardModelMessage);
    answer(late);
    await new Promise((r) => setTimeout(r, 0));
    expect(models.cached(jiujiang, zh)).toEqual(late);
  });

  it('garbage, a rejected send or a send that throws: a failed card, and the next hover asks again', async () => {
    let calls = 0;
    const replies: (() => Promise<unknown>)[] = [
      async () => ({ kind: 'place' }),
      async () => undefined,
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      () => {
        throw new Error('Extension context invalidated.');
      },
    ];
    const models = new CardModels(() => replies[calls++]!(), 1000);
    expect(await models.request(jiujiang, zh)).toEqual({ kind: 'failed', reason: '扩展的后台回复无法识别' });
    expect(await models.request(jiujiang, { ...zh, language: 'en' })).toEqual({ kind: 'failed', reason: 'the extension’s background sent an unreadable reply' });
    expect(await models.request(jiujiang, zh)).toEqual({
      kind: 'failed',
      reason: '联系不上扩展的后台（Could not establish connection. Receiving end does not exist.）',
    });
    expect(await models.request(jiujiang, zh)).toEqual({ kind: 'failed', reason: '联系不上扩展的后台（Extension context invalidated.）' });
    expect(calls).toBe(4);
  });
});

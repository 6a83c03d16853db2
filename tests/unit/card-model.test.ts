import { describe, expect, it } from 'vitest';
import { bundledData, bundledDetector } from '../../lib/bundle/validated-detector';
import { cardContextData, cardMentionData, type CardContext, type CardMention } from '../../lib/cards/card-context';
import { cardData } from '../../lib/bundle/background-data';
import { cardModel, type CardModel } from '../../lib/cards/card-model';
import { asCardModel } from '../../lib/cards/card-reply';
import { CardModelMessage } from '../../lib/messaging/messages';

const data = cardData();
const zh: CardContext = { language: 'zh-CN', today: '2026-09-28' };
const place = (code: string): CardMention => ({ kind: 'place', id: code, name: code, text: code, region: { code } });
const codes = bundledData().regions.map((r) => r.code);

/** What an extension message does to a value in Chrome (JSON) and Firefox (structured clone). */
const viaMessage = (value: unknown) => ({ json: JSON.parse(JSON.stringify(value)) as unknown, clone: structuredClone(value) });

describe('cardModel results travel as plain JSON', () => {
  it('every region alone; every province with an other end, in both languages', { timeout: 20_000 }, () => {
    const cases: [string, CardContext][] = codes.map((code) => [code, zh]);
    for (const code of codes.filter((c) => c.endsWith('0000'))) {
      for (const language of ['zh-CN', 'en'] as const) cases.push([code, { ...zh, language, otherEnd: code === '440000' ? '110000' : '440100' }]);
    }
    for (const [code, context] of cases) {
      const result = cardModel(place(code), context, data);
      expect(result.kind, code).toBe('place');
      const { json, clone } = viaMessage(result);
      // toStrictEqual: a Map, a Set, a function or an undefined-valued key would not survive.
      expect(json, code).toStrictEqual(result);
      expect(clone).toStrictEqual(result);
    }
  });

  it('every topic (with and without a subject) and every claim', () => {
    const results: CardModel[] = [];
    for (const topic of data.topics) {
      for (const subject of [null, '440100']) {
        results.push(cardModel({ kind: 'topic', id: topic.id, name: topic.id, text: topic.id }, { ...zh, subject }, data));
      }
    }
    for (const claim of data.claims) {
      results.push(cardModel({ kind: 'claim', id: claim.id, name: claim.id, text: claim.patterns[0]! }, zh, data));
    }
    expect(results.map((r) => r.kind)).toEqual([...data.topics.flatMap(() => ['topic', 'topic']), ...data.claims.map(() => 'claim')]);
    for (const result of results) expect(viaMessage(result).json).toStrictEqual(result);
  });

  it('a topic card on a page about 广州 carries the place name its local section is titled with', () => {
    const result = cardModel({ kind: 'topic', id: 'intra-province', name: '省内', text: '省内' }, { ...zh, subject: '440100' }, data);
    expect(result).toMatchObject({ kind: 'topic', place: '广州市' });
  });

  it('says what it does not know, and why a card could not be built, instead of throwing', () => {
    expect(cardModel(place('999999'), zh, data)).toEqual({ kind: 'unknown', what: 'place', id: '999999' });
    expect(cardModel({ kind: 'topic', id: 'no-such', name: 'x', text: 'x' }, zh, data)).toEqual({ kind: 'unknown', what: 'topic', id: 'no-such' });
    expect(cardModel({ kind: 'claim', id: 'no-such', name: 'x', text: 'x' }, zh, data)).toEqual({ kind: 'unknown', what: 'claim', id: 'no-such' });
    const bad = cardModel(place('360400'), { ...zh, today: '2026-02-30' }, data);
    expect(bad.kind).toBe('failed');
    expect(bad.kind === 'failed' && bad.reason).toContain('2026-02-30');
  });
});

describe('the card-model message', () => {
  const sentence = '广东省方案:省内跨市转移医保关系，个人账户余额不划转。以前要45个工作日。';
  const mentions = bundledDetector().scan(sentence).mentions;

  it('carries a detector mention without its offsets, and every serialisable context field, unchanged', () => {
    const guangdong = mentions.find((m) => m.kind === 'place')!;
    const mention = cardMentionData(guangdong);
    expect(Object.keys(guangdong)).toEqual(expect.arrayContaining(['start', 'end']));
    expect(mention).toEqual({
      kind: 'place',
      id: guangdong.id,
      name: guangdong.name,
      text: guangdong.text,
      region: { code: guangdong.region!.code },
      ...(guangdong.topics ? { topics: guangdong.topics } : {}),
      ...(guangdong.sentenceTopics ? { sentenceTopics: guangdong.sentenceTopics } : {}),
    });
    expect(mention.sentenceTopics).toContain('intra-province');
    const full: CardContext = {
      language: 'en',
      subject: '440100',
      pageTopics: ['transfer', 'intra-province'],
      otherEnd: null,
      today: '2026-09-28',
      theme: 'dark',
      regionName: () => 'not sent',
    };
    const context = cardContextData(full);
    expect(context).toEqual({ language: 'en', subject: '440100', pageTopics: ['transfer', 'intra-province'], otherEnd: null, today: '2026-09-28', theme: 'dark' });
    const message = { type: 'card-model', mention, context };
    // The receiver's schema keeps every field: nothing the page knows is lost on the way.
    expect(CardModelMessage.parse(viaMessage(message).json)).toEqual(message);
  });

  it('the background reads the case the page speaks of from the mention it was sent', () => {
    const guangdong = cardMentionData(mentions.find((m) => m.kind === 'place')!);
    const message = CardModelMessage.parse(viaMessage({ type: 'card-model', mention: guangdong, context: zh }).json);
    const result = cardModel(message.mention, message.context, data);
    expect(result.kind === 'place' && result.model.relation).toBe('intra-province');
  });

  it('the receiver turns away what is not a card request', () => {
    const ok = { type: 'card-model', mention: place('360400'), context: zh };
    expect(CardModelMessage.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, mention: { ...ok.mention, kind: 'person' } },
      { ...ok, mention: { ...ok.mention, region: { code: '36' } } },
      { ...ok, mention: { ...ok.mention, topics: ['not-a-topic'] } },
      { ...ok, context: { ...zh, language: 'fr' } },
      { ...ok, context: { ...zh, today: 'tomorrow' } },
      { ...ok, context: { language: 'zh-CN', subject: 360400 } },
      { type: 'card-model', mention: place('360400') },
      null,
      'card-model',
    ]) {
      expect(CardModelMessage.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('asCardModel (the content script reading the reply)', () => {
  it('takes what cardModel returns, after the trip', () => {
    for (const result of [
      cardModel(place('360400'), zh, data),
      cardModel({ kind: 'topic', id: 'transfer', name: 'x', text: 'x' }, { ...zh, subject: '440100' }, data),
      cardModel(place('999999'), zh, data),
      cardModel(place('360400'), { ...zh, today: '2026-02-30' }, data),
    ]) {
      expect(asCardModel(viaMessage(result).json)).toEqual(result);
    }
  });

  it('turns away no answer, errors and garbage', () => {
    for (const raw of [
      undefined,
      null,
      'place',
      [],
      { kind: 'place' },
      { kind: 'place', model: 'x' },
      { kind: 'place', model: [] },
      { kind: 'topic', model: {}, place: 3 },
      { kind: 'unknown', what: 'person', id: 'x' },
      { kind: 'unknown', what: 'place' },
      { kind: 'failed' },
      { kind: 'loading' },
      { ok: true },
    ]) {
      expect(asCardModel(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});

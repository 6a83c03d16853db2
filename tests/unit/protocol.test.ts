import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_GUARDS, CONTENT_REPLY_READERS } from '../../lib/messaging/guards';
import { PROTOCOL, type MessageName } from '../../lib/messaging/protocol';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { BACKGROUND_HANDLERS, MALFORMED_ANSWERS } = await import('../../utils/background-handlers');
const { handle } = await import('../../utils/messaging');

const names = Object.keys(PROTOCOL) as MessageName[];
const to = (party: string) => names.filter((n) => PROTOCOL[n].to === party).sort();

describe('message protocol', () => {
  it('lists the five messages the extension sends, each with its direction', () => {
    expect(names.sort()).toEqual(['card-model', 'content-ready', 'get-summary', 'jump-to', 'page-summary']);
    for (const n of names) expect(PROTOCOL[n].from).not.toBe(PROTOCOL[n].to);
  });

  it('every message to the background has a handler, and every message to the page a hand-written guard', () => {
    expect(Object.keys(BACKGROUND_HANDLERS).sort()).toEqual(to('background'));
    expect(Object.keys(CONTENT_GUARDS).sort()).toEqual(to('content'));
    expect(to('popup')).toEqual([]);
  });

  it('the content script reads the card reply the way the protocol schema does', () => {
    const good = { kind: 'failed', reason: 'x' };
    const bad = [{ kind: 'failed' }, { kind: 'place' }, null, 'x', { kind: 'unknown', what: 'nope', id: '1' }];
    expect(CONTENT_REPLY_READERS['card-model'](good)).toEqual(good);
    expect(PROTOCOL['card-model'].reply.safeParse(good).success).toBe(true);
    for (const b of bad) {
      expect(CONTENT_REPLY_READERS['card-model'](b)).toBeUndefined();
      expect(PROTOCOL['card-model'].reply.safeParse(b).success).toBe(false);
    }
  });

  it('the jump-to guard accepts and refuses exactly what the jump-to schema does', () => {
    const samples: unknown[] = [
      { type: 'jump-to', kind: 'place', id: '360400' },
      { type: 'jump-to', kind: 'claim', id: 'c1' },
      { type: 'jump-to', kind: 'stale-claim', id: 'c1' },
      { type: 'jump-to', kind: 'topic' },
      { type: 'jump-to', kind: 'topic', id: 3 },
      { type: 'page-summary', kind: 'topic', id: 'transfer' },
      null,
      [],
      'jump-to',
    ];
    for (const s of samples) expect(CONTENT_GUARDS['jump-to'](s), JSON.stringify(s)).toBe(PROTOCOL['jump-to'].request.safeParse(s).success);
  });

  it('the background answers a malformed card request with a failed card naming the bad field, and ignores unknown messages', async () => {
    const answer = handle(BACKGROUND_HANDLERS, MALFORMED_ANSWERS);
    const sender = { id: 'x', tab: { id: 1 } } as never;
    await expect(answer({ type: 'card-model', mention: { kind: 'place' }, context: { language: 'zh-CN' } }, sender)).resolves.toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('mention.id'),
    });
    expect(answer({ type: 'hello' }, sender)).toBeUndefined();
    expect(answer({ type: 'get-summary', tabId: 'one' }, sender)).toBeUndefined();
  });

  it('a summary sent through the handler table comes back from get-summary', async () => {
    fakeBrowser.reset();
    const answer = handle(BACKGROUND_HANDLERS, MALFORMED_ANSWERS);
    const sender = { id: 'x', tab: { id: 3 }, frameId: 0 } as never;
    const summary = { subject: null, places: [{ code: '360400', name: '九江', count: 2 }], topics: [], claims: [], total: 2 };
    await expect(answer({ type: 'page-summary', summary }, sender)).resolves.toEqual({ ok: true });
    const reply = await answer({ type: 'get-summary', tabId: 3 }, sender);
    expect(PROTOCOL['get-summary'].reply.parse(reply).summary?.total).toBe(2);
  });
});

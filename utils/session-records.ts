// Per-tab records in session: storage, one key per frame (`session:<kind>:<tab>:<frame>`), found by a
// prefix scan: WXT storage has no keyed collection, and a tab's frames are not known in advance.
import { storage } from '@wxt-dev/storage';

export interface SessionRecords {
  key(tabId: number, frameId: number): `session:${string}`;
  /** Every record of the tab with its frame id, in no particular order. */
  ofTab(tabId: number): Promise<{ frameId: number; value: unknown }[]>;
  forgetTab(tabId: number): Promise<void>;
}

export function sessionRecords(kind: string): SessionRecords {
  const prefix = (tabId: number) => `${kind}:${tabId}:`;
  return {
    key: (tabId, frameId) => `session:${kind}:${tabId}:${frameId}`,
    async ofTab(tabId) {
      const p = prefix(tabId);
      const all = await storage.snapshot('session');
      return Object.entries(all)
        .filter(([key]) => key.startsWith(p))
        .map(([key, value]) => ({ frameId: Number(key.slice(p.length)), value }));
    },
    async forgetTab(tabId) {
      const p = prefix(tabId);
      const all = await storage.snapshot('session');
      await storage.removeItems(Object.keys(all).filter((k) => k.startsWith(p)).map((k) => `session:${k}` as const));
    },
  };
}

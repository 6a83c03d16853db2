import { describe, expect, it } from 'vitest';
import { ownWrites } from '../../lib/settings/own-writes';

describe('own settings writes heard back', () => {
  it('skips the echoes of its own writes, in order, and applies a change made elsewhere', () => {
    const w = ownWrites();
    w.wrote('theme dark');
    w.wrote('theme dark, English');
    expect(w.isEcho('theme dark')).toBe(true);
    expect(w.isEcho('popup switched the lens off')).toBe(false);
    expect(w.isEcho('theme dark, English')).toBe(true);
    expect(w.isEcho('theme dark')).toBe(false);
  });

  it('forgets older writes whose echo never came once a newer one is heard', () => {
    const w = ownWrites();
    w.wrote('a');
    w.wrote('b');
    expect(w.isEcho('b')).toBe(true);
    expect(w.isEcho('a')).toBe(false);
  });
});

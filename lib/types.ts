// Type-level checks shared across lib/, and the one runtime shape test the hand-written guards use.
// Zod-free: the content script imports it.

/** A plain object (not null, not an array): the first step of every hand-written guard. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type KeysDiffer<A, B> = Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;

/**
 * Does not compile while A and B differ in a key (either way); the error names the keys. Used where a
 * schema or a key list mirrors a type, so a field added to the type cannot be dropped on the way.
 */
export function assertSameKeys<A, B>(..._differ: [KeysDiffer<A, B>] extends [never] ? [] : [missing: KeysDiffer<A, B>]): void {}

/** Stronger: does not compile unless A and B are assignable both ways (same keys and same field types). */
export function assertSameType<A, B>(..._differ: [A, B] extends [B, A] ? [] : [differ: never]): void {}

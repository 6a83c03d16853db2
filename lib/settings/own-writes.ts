/**
 * A page that saves settings hears its own writes back through storage.onChanged, later and in
 * order. Applied blindly, an echo of an older write arrives after a newer change is already shown
 * and puts the old value back — and the next save stores it, losing the change (seen: theme, then
 * language, changed quickly on the options page). This remembers the page's writes not yet heard
 * back so their echoes can be skipped; changes made elsewhere (the popup, another tab) still apply.
 */
export interface OwnWrites {
  /** A value this page is about to write, as a key (settingsKey). */
  wrote(key: string): void;
  /** Whether a heard change is the echo of a write of ours; it and any older pending ones are forgotten. */
  isEcho(key: string): boolean;
}

export function ownWrites(): OwnWrites {
  const pending: string[] = [];
  return {
    wrote(key) {
      pending.push(key);
    },
    isEcho(key) {
      const at = pending.indexOf(key);
      if (at < 0) return false;
      pending.splice(0, at + 1);
      return true;
    },
  };
}

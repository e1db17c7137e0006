import type { z } from "@/lib/zod-mini";

// Unsaved values kept in the browser (localStorage, keyed by draft and step)
// until the server has them, so a crash, a closed tab or a lost connection
// loses nothing. Parsed with the step's schema on the way back in: a copy that
// no longer fits (an older release, a hand-edited value) is thrown away.
export type LocalCopy<T> = { values: T; changedAt: string; baseVersion: number };

export function readLocalCopy<T>(key: string, schema: z.ZodMiniType<unknown, unknown>): LocalCopy<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { values?: unknown; changedAt?: unknown; baseVersion?: unknown };
    const parsed = schema.safeParse(stored.values);
    if (!parsed.success || typeof stored.changedAt !== "string" || typeof stored.baseVersion !== "number") {
      window.localStorage.removeItem(key);
      return null;
    }
    return { values: stored.values as T, changedAt: stored.changedAt, baseVersion: stored.baseVersion };
  } catch {
    return null;
  }
}

export function writeLocalCopy(key: string, copy: LocalCopy<unknown>): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server save is still attempted.
  }
}

export function clearLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

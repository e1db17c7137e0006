// A lone UTF-16 surrogate (half of an emoji, from a crafted request or a
// broken paste) makes Prisma's query engine refuse the whole query with a
// JSON error. Every value that comes in from outside (server-action input,
// JSON bodies) passes through here first: each lone half becomes U+FFFD, the
// replacement character, and everything else stays exactly as sent.
export function wellFormed<T>(value: T, depth = 0): T {
  if (typeof value === "string") return (value.isWellFormed() ? value : value.toWellFormed()) as T;
  // Deeper than any form we accept; the schema refuses it anyway.
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = wellFormed(item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const next = wellFormed(item, depth + 1);
    const name = wellFormed(key);
    if (next !== item || name !== key) changed = true;
    out[name] = next;
  }
  return (changed ? out : value) as T;
}

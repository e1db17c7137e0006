import "server-only";
import { readFileSync, statSync } from "node:fs";
import { z } from "@/lib/zod";
import { getSuggestion } from "@/lib/catalog";
import type { Suggestion } from "@/lib/catalog/schema";

// The catalog as this release ships it, optionally with a test catalog
// revision laid over it: KRAVLOTS_CATALOG_OVERLAY names a JSON file
// {"suggestions": {"<id>": {"text": "…", …}}} that the end-to-end tests write
// to stand in for a later release. It is read again whenever the file
// changes. Never set it in production.
const overlaySchema = z.object({
  suggestions: z.record(
    z.string(),
    z
      .object({
        title: z.string(),
        text: z.string(),
        motiv: z.string(),
        verifikat: z.string(),
        uppfoljning: z.string(),
      })
      .partial(),
  ),
});
type Overlay = z.infer<typeof overlaySchema>;

let cache: { path: string; mtimeMs: number; overlay: Overlay } | null = null;

function overlay(): Overlay | null {
  const path = process.env.KRAVLOTS_CATALOG_OVERLAY;
  if (!path) return null;
  try {
    const { mtimeMs } = statSync(path);
    if (cache?.path !== path || cache.mtimeMs !== mtimeMs) {
      cache = { path, mtimeMs, overlay: overlaySchema.parse(JSON.parse(readFileSync(path, "utf8"))) };
    }
    return cache.overlay;
  } catch {
    // A missing or malformed test file means "no later revision".
    return null;
  }
}

export function currentSuggestion(id: string): Suggestion | undefined {
  const suggestion = getSuggestion(id);
  const patch = overlay()?.suggestions[id];
  return suggestion && patch ? { ...suggestion, ...patch } : suggestion;
}

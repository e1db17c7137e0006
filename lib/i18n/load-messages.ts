import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n/config";

// One JSON file per top-level namespace (messages/<locale>/<namespace>.json),
// so features add their texts in their own file instead of editing one shared
// catalog. Each file holds exactly its namespace as the single top-level key.
export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  // Scoped to messages/ literally so the build traces that folder, not the
  // whole project.
  const dir = path.join(process.cwd(), "messages", locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const content = JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, file), "utf8")) as Messages;
    const namespace = file.slice(0, -".json".length);
    if (Object.keys(content).length !== 1 || !(namespace in content)) {
      throw new Error(`messages/${locale}/${file} must hold exactly the "${namespace}" namespace`);
    }
    messages[namespace] = content[namespace];
  }
  cache.set(locale, messages);
  return messages;
}

import type { ActionResult } from "@/lib/errors";

export type SaveData = { version: number; savedAt: string };
export type SaveFn<T> = (
  baseVersion: number,
  values: T,
  options: { keepalive: boolean },
) => Promise<ActionResult<SaveData>>;

// A step's save through its JSON route. keepalive lets the request finish
// after the tab is gone (pagehide); a network failure throws, which the
// autosave hook tells apart from an answer of the server.
export function jsonSave<T>(url: string): SaveFn<T> {
  return async (baseVersion, values, { keepalive }) => {
    const response = await fetch(url, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseVersion, values }),
      keepalive,
      credentials: "same-origin",
    });
    const body = (await response.json().catch(() => null)) as ActionResult<SaveData> | null;
    if (!body || typeof body.ok !== "boolean") return { ok: false, code: "INTERNAL" };
    return body;
  };
}

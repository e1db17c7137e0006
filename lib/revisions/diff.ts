import type { RequirementSnapshot, RevisionSnapshot } from "@/lib/drafts/snapshot";

// Field-level differences between two snapshots, in reading order: title,
// Start answers, guided answers per perspective, then requirement rows by
// their stable code. Pure, so the history page and tests share it.
export type DiffValue = string | number | string[] | Record<string, unknown> | undefined;

export type DiffEntry =
  | { kind: "start"; field: string; before: DiffValue; after: DiffValue }
  | { kind: "answer"; perspective: string; question: string; before: DiffValue; after: DiffValue }
  | {
      kind: "requirement";
      perspective: string;
      number: number;
      field: RequirementField;
      before: DiffValue;
      after: DiffValue;
    };

export const requirementFields = ["text", "level", "kravtyp", "motiv", "verifikat", "uppfoljning", "weight"] as const;
export type RequirementField = (typeof requirementFields)[number];

function same(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function keysOf(...objects: (Record<string, unknown> | undefined)[]): string[] {
  return [...new Set(objects.flatMap((o) => Object.keys(o ?? {})))];
}

function requirementKey(row: RequirementSnapshot) {
  return `${row.perspective}:${row.number}`;
}

export function diffSnapshots(
  before: RevisionSnapshot,
  after: RevisionSnapshot,
  startOrder: readonly string[] = [],
): DiffEntry[] {
  const entries: DiffEntry[] = [];
  if (!same(before.title, after.title))
    entries.push({ kind: "start", field: "title", before: before.title, after: after.title });
  const contextBefore = before.context as Record<string, DiffValue>;
  const contextAfter = after.context as Record<string, DiffValue>;
  const fields = keysOf(contextBefore, contextAfter).sort(
    (a, b) => (startOrder.indexOf(a) + 1 || 999) - (startOrder.indexOf(b) + 1 || 999),
  );
  for (const field of fields) {
    if (!same(contextBefore[field], contextAfter[field])) {
      entries.push({ kind: "start", field, before: contextBefore[field], after: contextAfter[field] });
    }
  }
  for (const perspective of keysOf(before.answers, after.answers)) {
    const a = before.answers[perspective] ?? {};
    const b = after.answers[perspective] ?? {};
    for (const question of keysOf(a, b)) {
      if (!same(a[question], b[question]))
        entries.push({ kind: "answer", perspective, question, before: a[question], after: b[question] });
    }
  }
  const rowsBefore = new Map(before.requirements.map((row) => [requirementKey(row), row]));
  const rowsAfter = new Map(after.requirements.map((row) => [requirementKey(row), row]));
  const keys = [...new Set([...rowsBefore.keys(), ...rowsAfter.keys()])];
  for (const key of keys) {
    const a = rowsBefore.get(key);
    const b = rowsAfter.get(key);
    const row = (a ?? b)!;
    for (const field of requirementFields) {
      if (!same(a?.[field] ?? undefined, b?.[field] ?? undefined)) {
        entries.push({
          kind: "requirement",
          perspective: row.perspective,
          number: row.number,
          field,
          before: a?.[field] ?? undefined,
          after: b?.[field] ?? undefined,
        });
      }
    }
  }
  return entries;
}

export type WordChange = { type: "same" | "ins" | "del"; text: string };

const maxTokens = 1500;

// Word by word (whitespace kept with the word before it), longest common
// subsequence. Very long texts fall back to "all removed, all added" rather
// than spending quadratic time on the request thread.
export function wordDiff(before: string, after: string): WordChange[] {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length > maxTokens || b.length > maxTokens) {
    return [
      ...(before ? [{ type: "del" as const, text: before }] : []),
      ...(after ? [{ type: "ins" as const, text: after }] : []),
    ];
  }
  const key = (tokens: string[], i: number) => (tokens[i] ?? "").trim();
  const width = b.length + 1;
  // lcs[i * width + j]: common words of a[i..] and b[j..].
  const lcs = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = key(a, i) === key(b, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: WordChange[] = [];
  const push = (type: WordChange["type"], text: string | undefined) => {
    const last = out[out.length - 1];
    if (last?.type === type) last.text += text ?? "";
    else out.push({ type, text: text ?? "" });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a, i) === key(b, j)) {
      push("same", b[j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) push("del", a[i++]);
    else push("ins", b[j++]);
  }
  while (i < a.length) push("del", a[i++]);
  while (j < b.length) push("ins", b[j++]);
  return out;
}

import type { z } from "zod";
import { importLimits, kravlotsFileSchema, kravlotsFormatVersion, type KravlotsFile } from "@/lib/exports/json/schema";
import { requirementCode } from "@/lib/vocabulary";

// Reads an uploaded Kravlots file. Each guard runs before the next costs
// more: size before decoding, nesting depth before JSON.parse (a deeply
// nested file can exhaust the stack of a recursive reader), the format
// version and row count before the schema, the schema before anything is
// written. A refusal names what is wrong; messages/*/import.json words it.
export const importProblemKeys = [
  "empty",
  "tooLarge",
  "notJson",
  "tooDeep",
  "notKravlots",
  "formatVersion",
  "tooManyRequirements",
  "unknownField",
  "invalid",
  "markup",
  "duplicateCode",
  "codeMismatch",
  // The Excel kravmatris (lib/exports/matrix).
  "notKravmatris",
] as const;
export type ImportProblemKey = (typeof importProblemKeys)[number];
export type ImportProblem = { key: ImportProblemKey; where?: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

const refuse = (key: ImportProblemKey, where?: string): { ok: false; problem: ImportProblem } => ({
  ok: false,
  problem: where === undefined ? { key } : { key, where },
});

export const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

// The deepest nesting of arrays and objects, by a linear scan that skips strings.
export function nestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      deepest = Math.max(deepest, ++depth);
      if (deepest > stopAt) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

// An HTML or XML tag; plain comparisons such as "svarstid < 2 s" pass.
const markup = /<\s*\/?\s*[a-z!?][^<>]*>/i;
export const hasMarkup = (text: string) => markup.test(text);

// The path of the first string that holds markup, or null.
export function findMarkup(value: unknown, path = ""): string | null {
  if (typeof value === "string") return markup.test(value) ? path || "(rot)" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMarkup(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found = findMarkup(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

export function issuePath(issue: z.core.$ZodIssue): string {
  const base = issue.path.map((part, i) =>
    typeof part === "number" ? `[${part}]` : i ? `.${String(part)}` : String(part),
  );
  const key = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const path = base.join("");
  return key ? (path ? `${path}.${key}` : key) : path || "(rot)";
}

export function parseKravlotsFile(text: string): Parsed<KravlotsFile> {
  if (byteLength(text) > importLimits.bytes) return refuse("tooLarge");
  if (text.trim() === "") return refuse("empty");
  if (nestingDepth(text, importLimits.depth) > importLimits.depth) return refuse("tooDeep");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("notJson");
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw) || (raw as { format?: unknown }).format !== "kravlots")
    return refuse("notKravlots");
  const { formatVersion, requirements } = raw as { formatVersion?: unknown; requirements?: unknown };
  if (formatVersion !== kravlotsFormatVersion)
    return refuse("formatVersion", formatVersion === undefined ? "saknas" : JSON.stringify(formatVersion).slice(0, 20));
  if (Array.isArray(requirements) && requirements.length > importLimits.requirements)
    return refuse("tooManyRequirements", String(requirements.length));
  const withMarkup = findMarkup(raw);
  if (withMarkup) return refuse("markup", withMarkup);
  const parsed = kravlotsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(issue.code === "unrecognized_keys" ? "unknownField" : "invalid", issuePath(issue));
  }
  return checkRequirementCodes(parsed.data);
}

// The code is the requirement's identity (the Excel import matches on it), so
// it must agree with its perspective and number and occur once.
function checkRequirementCodes(file: KravlotsFile): Parsed<KravlotsFile> {
  const seen = new Set<string>();
  for (const [i, r] of file.requirements.entries()) {
    if (requirementCode(r.perspective, r.number) !== r.code) return refuse("codeMismatch", `requirements[${i}].code`);
    if (seen.has(r.code)) return refuse("duplicateCode", r.code);
    seen.add(r.code);
  }
  return { ok: true, value: file };
}

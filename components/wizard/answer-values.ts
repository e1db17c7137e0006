import type { ServerValues } from "@/components/autosave/use-autosave";
import type { PerspectiveAnswers } from "@/lib/drafts/answers";
import { questions } from "@/lib/drafts/questions";
import type { Perspective } from "@/lib/vocabulary";

type Translate = (key: string) => string;

// An answer as the reader sees it in the conflict dialog: the text itself or
// the chosen options' labels; unanswered (null, false, "") is empty.
export function formatAnswer(t: Translate, perspective: Perspective, id: string, value: unknown): string {
  const question = questions[perspective].find((q) => q.id === id);
  if (!question || value === undefined || value === null || value === false) return "";
  if (question.kind === "text") return typeof value === "string" ? value.trim() : "";
  const chosen = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === "string" && question.options.includes(v),
  );
  return chosen.map((v) => t(`${id}.options.${v}`)).join(", ");
}

export function answerFields(t: Translate, perspective: Perspective) {
  return questions[perspective].map((q) => ({ name: q.id, label: t(`${q.id}.label`) }));
}

// The step's saved answers, read through its JSON route (GET).
export async function loadAnswers(url: string): Promise<ServerValues<PerspectiveAnswers>> {
  try {
    const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    const body = (await response.json()) as ServerValues<PerspectiveAnswers>;
    return typeof body?.ok === "boolean" ? body : { ok: false, code: "INTERNAL" };
  } catch {
    return { ok: false, code: "INTERNAL" };
  }
}

import { useTranslations } from "next-intl";
import { diffSnapshots, wordDiff, type DiffEntry, type DiffValue } from "@/lib/revisions/diff";
import type { RevisionSnapshot } from "@/lib/drafts/snapshot";
import { requirementCode, type Perspective } from "@/lib/vocabulary";
import { asText, formatStartValue, startFieldLabel, startFieldOrder } from "@/components/drafts/start-values";

type Translate = (key: string, values?: Record<string, string | number>) => string;

// Field by field, with Swedish labels; texts word by word in <del>/<ins>
// (with spoken "borttaget:"/"tillagt:", which screen readers do not say for
// the elements themselves).
export function RevisionDiff({ before, after }: { before: RevisionSnapshot; after: RevisionSnapshot }) {
  const t = useTranslations();
  const translate: Translate = (key, values) =>
    t.has(key as never) ? t(key as never, values as never) : key.split(".").pop()!;
  const entries = diffSnapshots(before, after, startFieldOrder);
  if (entries.length === 0) return <p>{t("revisions.noChanges")}</p>;
  return (
    <dl className="mb-8">
      {entries.map((entry) => (
        <div key={keyOf(entry)} className="border-b border-line py-3">
          <dt className="mb-1 font-semibold">{labelOf(translate, entry)}</dt>
          <dd>
            <Change
              before={display(translate, entry, entry.before)}
              after={display(translate, entry, entry.after)}
              text={isText(entry)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Change({ before, after, text }: { before: string; after: string; text: boolean }) {
  const t = useTranslations("revisions");
  const del = (value: string, key?: number) => (
    <del key={key} className="bg-error-light text-ink">
      <span className="sr-only">{t("removed")} </span>
      {value}
    </del>
  );
  const ins = (value: string, key?: number) => (
    <ins key={key} className="bg-success-light text-ink no-underline">
      <span className="sr-only">{t("added")} </span>
      {value}
    </ins>
  );
  if (text && before && after) {
    return (
      <p className="whitespace-pre-wrap">
        {wordDiff(before, after).map((part, index) =>
          part.type === "same" ? (
            <span key={index}>{part.text}</span>
          ) : part.type === "del" ? (
            del(part.text, index)
          ) : (
            ins(part.text, index)
          ),
        )}
      </p>
    );
  }
  return (
    <p className="flex flex-wrap gap-2 whitespace-pre-wrap">
      {before ? del(before) : <span>{t("emptyValue")}</span>}
      <span aria-hidden="true">→</span>
      {after ? ins(after) : <span>{t("emptyValue")}</span>}
    </p>
  );
}

function keyOf(entry: DiffEntry): string {
  if (entry.kind === "start") return `s:${entry.field}`;
  if (entry.kind === "answer") return `a:${entry.perspective}:${entry.question}`;
  return `r:${entry.perspective}:${entry.number}:${entry.field}`;
}

function isText(entry: DiffEntry): boolean {
  if (entry.kind === "start")
    return ["title", "organisation", "procuredItem", "usersDescription"].includes(entry.field);
  if (entry.kind === "answer") return typeof entry.before === "string" || typeof entry.after === "string";
  return ["text", "motiv", "verifikat", "uppfoljning"].includes(entry.field);
}

function labelOf(t: Translate, entry: DiffEntry): string {
  if (entry.kind === "start") return startFieldLabel(t, entry.field);
  if (entry.kind === "answer") {
    return `${t(`revisions.perspectives.${entry.perspective}`)}: ${t(`questions.${entry.perspective}.${entry.question}.label`)}`;
  }
  const code = requirementCode(entry.perspective as Perspective, entry.number);
  return `${code} – ${t(`revisions.requirementFields.${entry.field}`)}`;
}

function display(t: Translate, entry: DiffEntry, value: DiffValue): string {
  if (value === undefined || value === null || value === "") return "";
  if (entry.kind === "start") return formatStartValue(t, entry.field, value);
  if (entry.kind === "answer") {
    const list = Array.isArray(value) ? value : [asText(value)];
    const options = `questions.${entry.perspective}.${entry.question}.options`;
    return list.map((item) => (isText(entry) ? item : t(`${options}.${item}`))).join(", ");
  }
  return asText(value);
}

"use client";

import { diffWords } from "diff";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SourceUpdate } from "@/lib/drafts/adopted";
import { Button } from "@/components/ui/button";

const fields = ["text", "motiv", "verifikat", "uppfoljning"] as const;

// Word diff of the catalog's old and new wording. <del>/<ins> carry visually
// hidden words so a screen reader says what was removed and added.
function WordDiff({ before, after }: { before: string; after: string }) {
  const t = useTranslations("requirements.sourceUpdate");
  return (
    <p className="whitespace-pre-line">
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-success-light no-underline">
            <span className="sr-only">{t("added")} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-error-light">
            <span className="sr-only">{t("removed")} </span>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

// "Källan har reviderats": the suggestion this requirement was adopted from
// has changed in a later catalog release. The procurer takes the new wording
// or keeps their own; both are recorded in the draft's history.
export function SourceUpdateNotice({
  code,
  update,
  editedByUser,
  onResolve,
}: {
  code: string;
  update: SourceUpdate;
  editedByUser: boolean;
  onResolve: (choice: "use" | "keep") => Promise<void>;
}) {
  const t = useTranslations("requirements");
  const [busy, setBusy] = useState(false);
  const changed = fields.filter((field) => update.adopted[field] !== update.current[field]);
  const resolve = async (choice: "use" | "keep") => {
    setBusy(true);
    await onResolve(choice);
    setBusy(false);
  };
  return (
    <div
      role="region"
      aria-labelledby={`source-update-${code}`}
      className="mb-4 border-l-4 border-brand bg-surface p-4"
    >
      <h4 id={`source-update-${code}`} className="mb-2 text-lg font-bold">
        {t("sourceUpdate.heading")}
      </h4>
      <p className="mb-3">{t("sourceUpdate.intro", { title: update.current.title ?? update.suggestionId })}</p>
      {changed.length === 0 ? <p className="mb-3">{t("sourceUpdate.sourcesOnly")}</p> : null}
      {changed.map((field) => (
        <div key={field} className="mb-3">
          <p className="font-semibold">{t(`terms.${field === "text" ? "text" : field}`)}</p>
          <WordDiff before={update.adopted[field]} after={update.current[field]} />
        </div>
      ))}
      {update.adopted.level !== update.current.level ? (
        <p className="mb-3">
          {t("sourceUpdate.levelChanged", {
            from: t(`level.${update.adopted.level}`),
            to: t(`level.${update.current.level}`),
          })}
        </p>
      ) : null}
      {editedByUser ? <p className="mb-3 font-semibold">{t("sourceUpdate.editedWarning", { code })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button disabled={busy} onClick={() => resolve("use")}>
          {t("sourceUpdate.useNew")}
          <span className="sr-only"> {code}</span>
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => resolve("keep")}>
          {t("sourceUpdate.keepMine")}
          <span className="sr-only"> {code}</span>
        </Button>
      </div>
    </div>
  );
}

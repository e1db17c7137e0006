"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/errors";
import { libraryEntryEditSchema, type LibraryEntryEditInput } from "@/lib/library/schema";
import type { LibraryItem } from "@/lib/library/types";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { safeAction } from "@/components/ui/safe-action";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { usePlanForm } from "@/components/followup/use-plan-form";

type Entry = LibraryItem & {
  // Only for an ägare; null for everyone else.
  update: ((input: LibraryEntryEditInput) => Promise<ActionResult>) | null;
  remove: (() => Promise<ActionResult>) | null;
};

function EditEntry({ entry, update }: { entry: Entry; update: NonNullable<Entry["update"]> }) {
  const t = useTranslations();
  const message = useFieldMessage("library.page");
  const { form, feedback, onSubmit, saved } = usePlanForm(
    libraryEntryEditSchema,
    {
      title: entry.title,
      tags: entry.tags.join(", "),
      text: entry.text,
      motiv: entry.motiv,
      verifikat: entry.verifikat,
    },
    update,
  );
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `entry-${entry.id}-${field}`;
  const fields = ["title", "tags", "text", "motiv", "verifikat"] as const;
  const summary = summaryErrors(errors, [...fields], message, `entry-${entry.id}-`);
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  const prefix = t("errors.titlePrefix");
  return (
    <details className="mb-2">
      <summary className="cursor-pointer text-brand underline">
        {t("library.page.edit", { title: entry.title })}
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 max-w-xl">
        <ErrorSummary
          title={t("errors.summaryTitle")}
          titlePrefix={prefix}
          errors={summary}
          focusKey={feedback.attempt}
        />
        <TextField
          id={id("title")}
          label={t("library.save.title.label")}
          error={message("title", errors.title?.message)}
          errorPrefix={prefix}
          {...form.register("title")}
        />
        <TextField
          id={id("tags")}
          label={t("library.save.tags.label")}
          hint={t("library.save.tags.hint")}
          error={message("tags", errors.tags?.message)}
          errorPrefix={prefix}
          {...form.register("tags")}
        />
        <TextAreaField
          id={id("text")}
          rows={4}
          label={t("library.page.text.label")}
          error={message("text", errors.text?.message)}
          errorPrefix={prefix}
          {...form.register("text")}
        />
        <TextAreaField
          id={id("motiv")}
          rows={3}
          label={t("library.page.motiv.label")}
          error={message("motiv", errors.motiv?.message)}
          errorPrefix={prefix}
          {...form.register("motiv")}
        />
        <TextAreaField
          id={id("verifikat")}
          rows={3}
          label={t("library.page.verifikat.label")}
          error={message("verifikat", errors.verifikat?.message)}
          errorPrefix={prefix}
          {...form.register("verifikat")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t("library.page.saveEdit")}
        </Button>
        <p role="status" className="mt-2 font-semibold">
          {saved ? t("library.page.saved") : ""}
        </p>
      </form>
    </details>
  );
}

// Every entry with its provenance; an ägare gets the edit form and a remove button.
export function LibraryEntryList({ entries }: { entries: Entry[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [status, setStatus] = useState("");
  async function remove(entry: Entry) {
    const result = await safeAction(entry.remove!);
    setStatus(result.ok ? t("library.page.removed") : t(`errors.codes.${result.code}`));
    if (result.ok) router.refresh();
  }
  return (
    <>
      <p role="status" className="mb-4 font-semibold">
        {status}
      </p>
      <ul data-testid="library-entries">
        {entries.map((entry) => (
          <li key={entry.id} className="mb-6 border-b border-line pb-4">
            <h2 className="mb-1 text-xl font-bold">{entry.title}</h2>
            <p className="mb-1 text-secondary">
              {t(`steps.${entry.perspective}`)} · {t(`requirements.level.${entry.level}`)} ·{" "}
              {t(`requirements.kravtyp.${entry.kravtyp}`)}
            </p>
            <p className="mb-2">{entry.text}</p>
            <p className="mb-2 text-secondary">
              {t("library.panel.provenance", { code: entry.sourceCode, draft: entry.sourceDraftTitle })}
              {entry.tags.length ? ` · ${t("library.panel.tags")}: ${entry.tags.join(", ")}` : ""}
            </p>
            {entry.update ? <EditEntry entry={entry} update={entry.update} /> : null}
            {entry.remove ? (
              <Button variant="secondary" onClick={() => void remove(entry)}>
                {t("library.page.remove", { title: entry.title })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { saveToLibrarySchema, type SaveToLibraryInput } from "@/lib/library/schema";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { usePlanForm } from "@/components/followup/use-plan-form";

// "Spara i organisationens bibliotek", under a step's requirements: choose a
// requirement, give it a title and tags. Only shown in an organisation's draft.
export function SaveToLibraryForm({
  requirements,
  action,
}: {
  requirements: { id: string; code: string; text: string }[];
  action: (input: SaveToLibraryInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations();
  const message = useFieldMessage("library.save");
  const { form, feedback, onSubmit, saved } = usePlanForm(
    saveToLibrarySchema,
    { requirementId: "", title: "", tags: "" },
    action as (input: SaveToLibraryInput) => Promise<ActionResult>,
  );
  const { errors, isSubmitting } = form.formState;
  const summary = summaryErrors(errors, ["requirementId", "title", "tags"], message, "library-");
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  const prefix = t("errors.titlePrefix");
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
  return (
    <details className="mb-10">
      <summary className="cursor-pointer font-semibold text-brand underline">{t("library.save.heading")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 max-w-xl">
        <p className="mb-4">{t("library.save.intro")}</p>
        <ErrorSummary
          title={t("errors.summaryTitle")}
          titlePrefix={prefix}
          errors={summary}
          focusKey={feedback.attempt}
        />
        <SelectField
          id="library-requirementId"
          label={t("library.save.requirementId.label")}
          options={[
            { value: "", label: t("library.save.requirementId.choose") },
            ...requirements.map((r) => ({ value: r.id, label: `${r.code}: ${short(r.text)}` })),
          ]}
          error={message("requirementId", errors.requirementId?.message)}
          errorPrefix={prefix}
          {...form.register("requirementId")}
        />
        <TextField
          id="library-title"
          label={t("library.save.title.label")}
          error={message("title", errors.title?.message)}
          errorPrefix={prefix}
          {...form.register("title")}
        />
        <TextField
          id="library-tags"
          label={t("library.save.tags.label")}
          hint={t("library.save.tags.hint")}
          error={message("tags", errors.tags?.message)}
          errorPrefix={prefix}
          {...form.register("tags")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t("library.save.submit")}
        </Button>
        <p role="status" className="mt-2 font-semibold">
          {saved ? t("library.save.saved") : ""}
        </p>
      </form>
    </details>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import {
  followUpDoneInputSchema,
  followUpItemInputSchema,
  followUpRoles,
  followUpTimings,
  type FollowUpDoneInput,
  type FollowUpItemInput,
} from "@/lib/followup/schema";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { usePlanForm } from "@/components/followup/use-plan-form";

// One item's two forms, each folded in a <details> so the plan reads as a
// table first; ids carry the requirement code so every label is unique.
type Props = {
  code: string;
  item: FollowUpItemInput & FollowUpDoneInput;
  saveItem: (input: FollowUpItemInput) => Promise<ActionResult>;
  recordDone: (input: FollowUpDoneInput) => Promise<ActionResult>;
};

export function FollowUpItemForms({ code, item, saveItem, recordDone }: Props) {
  const t = useTranslations();
  const id = (field: string) => `plan-${code}-${field}`;
  const edit = usePlanForm(
    followUpItemInputSchema,
    { what: item.what, how: item.how, timing: item.timing, role: item.role },
    saveItem,
  );
  const done = usePlanForm(followUpDoneInputSchema, { doneAt: item.doneAt, note: item.note }, recordDone);
  const editMessage = useFieldMessage("followup.edit");
  const doneMessage = useFieldMessage("followup.done");
  const prefix = t("errors.titlePrefix");
  const summary = (
    errors: Parameters<typeof summaryErrors>[0],
    fields: string[],
    message: typeof editMessage,
    serverCode: string | null,
  ) => [
    ...summaryErrors(errors, fields, message, `plan-${code}-`),
    ...(serverCode ? [{ message: t(`errors.codes.${serverCode}`) }] : []),
  ];
  const e = edit.form.formState.errors;
  const d = done.form.formState.errors;
  return (
    <div className="mb-6">
      <details className="mb-2">
        <summary className="cursor-pointer text-brand underline">{t("followup.done.summary", { code })}</summary>
        <form onSubmit={done.onSubmit} noValidate className="mt-4 max-w-xl">
          <ErrorSummary
            title={t("errors.summaryTitle")}
            titlePrefix={prefix}
            errors={summary(d, ["doneAt", "note"], doneMessage, done.feedback.serverCode)}
            focusKey={done.feedback.attempt}
          />
          <TextField
            id={id("doneAt")}
            type="date"
            label={t("followup.done.doneAt.label")}
            hint={t("followup.done.doneAt.hint")}
            error={doneMessage("doneAt", d.doneAt?.message)}
            errorPrefix={prefix}
            {...done.form.register("doneAt")}
          />
          <TextAreaField
            id={id("note")}
            rows={3}
            label={t("followup.done.note.label")}
            hint={t("followup.done.note.hint")}
            error={doneMessage("note", d.note?.message)}
            errorPrefix={prefix}
            {...done.form.register("note")}
          />
          <Button type="submit" disabled={done.form.formState.isSubmitting}>
            {t("followup.done.submit")}
          </Button>
          <p role="status" className="mt-2 font-semibold">
            {done.saved ? t("followup.done.saved") : ""}
          </p>
        </form>
      </details>
      <details>
        <summary className="cursor-pointer text-brand underline">{t("followup.edit.summary", { code })}</summary>
        <form onSubmit={edit.onSubmit} noValidate className="mt-4 max-w-xl">
          <ErrorSummary
            title={t("errors.summaryTitle")}
            titlePrefix={prefix}
            errors={summary(e, ["what", "how", "timing", "role"], editMessage, edit.feedback.serverCode)}
            focusKey={edit.feedback.attempt}
          />
          <TextField
            id={id("what")}
            label={t("followup.edit.what.label")}
            error={editMessage("what", e.what?.message)}
            errorPrefix={prefix}
            {...edit.form.register("what")}
          />
          <TextAreaField
            id={id("how")}
            rows={3}
            label={t("followup.edit.how.label")}
            error={editMessage("how", e.how?.message)}
            errorPrefix={prefix}
            {...edit.form.register("how")}
          />
          <SelectField
            id={id("timing")}
            label={t("followup.edit.timing.label")}
            options={followUpTimings.map((value) => ({ value, label: t(`followup.timings.${value}`) }))}
            error={editMessage("timing", e.timing?.message)}
            errorPrefix={prefix}
            {...edit.form.register("timing")}
          />
          <SelectField
            id={id("role")}
            label={t("followup.edit.role.label")}
            options={followUpRoles.map((value) => ({ value, label: t(`followup.roles.${value}`) }))}
            error={editMessage("role", e.role?.message)}
            errorPrefix={prefix}
            {...edit.form.register("role")}
          />
          <Button type="submit" disabled={edit.form.formState.isSubmitting}>
            {t("followup.edit.submit")}
          </Button>
          <p role="status" className="mt-2 font-semibold">
            {edit.saved ? t("followup.edit.saved") : ""}
          </p>
        </form>
      </details>
    </div>
  );
}

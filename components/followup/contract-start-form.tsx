"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { contractStartInputSchema, type ContractStartInput } from "@/lib/followup/schema";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { usePlanForm } from "@/components/followup/use-plan-form";

export function ContractStartForm({
  contractStart,
  action,
}: {
  contractStart: string | null;
  action: (input: ContractStartInput) => Promise<ActionResult>;
}) {
  const t = useTranslations();
  const message = useFieldMessage("followup");
  const { form, feedback, onSubmit, saved } = usePlanForm(
    contractStartInputSchema,
    { contractStart: contractStart ?? "" },
    action,
  );
  const { errors, isSubmitting } = form.formState;
  const summary = summaryErrors(errors, ["contractStart"], message, "plan-");
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  return (
    <form onSubmit={onSubmit} noValidate className="mb-8 max-w-xl">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={summary}
        focusKey={feedback.attempt}
      />
      <TextField
        id="plan-contractStart"
        type="date"
        label={t("followup.contractStart.label")}
        hint={t("followup.contractStart.hint")}
        error={message("contractStart", errors.contractStart?.message)}
        errorPrefix={t("errors.titlePrefix")}
        {...form.register("contractStart")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t("followup.contractStart.submit")}
      </Button>
      <p role="status" className="mt-2 font-semibold">
        {saved ? t("followup.contractStart.saved") : ""}
      </p>
    </form>
  );
}

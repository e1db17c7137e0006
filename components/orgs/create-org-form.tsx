"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { createOrgSchema, type CreateOrgInput } from "@/lib/orgs/schema";
import { Button } from "@/components/ui/button";
import { safeAction } from "@/components/ui/safe-action";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

type Output = z.output<typeof createOrgSchema>;

export function CreateOrgForm({
  action,
}: {
  action: (input: CreateOrgInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const message = useFieldMessage("orgs");
  const form = useForm<CreateOrgInput, unknown, Output>({
    resolver: zodResolver(createOrgSchema),
    defaultValues: { name: "" },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await safeAction(action, values);
    if (result.ok) router.push(`/orgs/${result.data.id}`);
    else feedback.applyFailure(result.code, result.fieldErrors);
  }, feedback.failed);

  const summary = summaryErrors(errors, ["name"], message, "org-");
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={summary}
        focusKey={feedback.attempt}
      />
      <TextField
        id="org-name"
        label={t("orgs.name.label")}
        hint={t("orgs.name.hint")}
        autoComplete="organization"
        error={message("name", errors.name?.message)}
        errorPrefix={t("errors.titlePrefix")}
        {...form.register("name")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("orgs.create.submitting") : t("orgs.create.submit")}
      </Button>
    </form>
  );
}

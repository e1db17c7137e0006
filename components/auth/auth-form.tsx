"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export type AuthField = {
  name: "name" | "email" | "password";
  type?: "text" | "email" | "password";
  autoComplete: string;
  withHint?: boolean;
};

type AuthSchema = z.ZodType<Record<string, string>, Record<string, string>>;

// Sign-in and sign-up share one form: same summary, same error handling, only
// the schema, fields and action differ. Labels come from "auth.fields.<name>".
export function AuthForm<S extends AuthSchema>({
  schema,
  action,
  fields,
  idPrefix,
  submitLabel,
  submittingLabel,
}: {
  schema: S;
  action: (input: z.output<S>) => Promise<ActionResult>;
  fields: AuthField[];
  idPrefix: string;
  submitLabel: string;
  submittingLabel: string;
}) {
  const t = useTranslations();
  const message = useFieldMessage("auth.fields");
  const defaultValues = Object.fromEntries(fields.map((field) => [field.name, ""])) as DefaultValues<z.input<S>>;
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const feedback = useFormFeedback(form.setError);
  const order = fields.map((field) => field.name);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await action(values);
    // On success the action redirects, so only failures come back here.
    if (!result.ok) feedback.applyFailure(result.code, result.fieldErrors);
  }, feedback.failed);

  const summary = summaryErrors(errors, order, message, idPrefix);
  if (feedback.serverCode && feedback.serverCode !== "EMAIL_TAKEN") {
    summary.push({ href: `#${idPrefix}${order[0]}`, message: t(`errors.codes.${feedback.serverCode}`) });
  }
  const errorPrefix = t("errors.titlePrefix");

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={errorPrefix}
        errors={summary}
        focusKey={feedback.attempt}
      />
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`${idPrefix}${field.name}`}
          type={field.type ?? "text"}
          label={t(`auth.fields.${field.name}.label`)}
          hint={field.withHint ? t(`auth.fields.${field.name}.hint`) : undefined}
          autoComplete={field.autoComplete}
          spellCheck={field.type === "email" ? false : undefined}
          error={message(field.name, errors[field.name]?.message as string | undefined)}
          errorPrefix={errorPrefix}
          {...form.register(field.name as Path<z.input<S>>)}
        />
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? submittingLabel : submitLabel}
      </Button>
    </form>
  );
}

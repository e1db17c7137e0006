"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { safeAction } from "@/components/ui/safe-action";

export type AccountField = {
  name: string;
  label: string;
  hint?: string;
  type: "text" | "password" | "email";
  autoComplete: string;
  inputMode?: "numeric" | "text";
};

type Schema = z.ZodType<Record<string, string>, Record<string, string>>;

// One small form per account section: same error summary and server-error
// handling as the sign-in form, plus a status line once it has saved.
export function AccountForm<S extends Schema, T = undefined>({
  id,
  schema,
  action,
  onSaved,
  fields,
  defaults,
  submitLabel,
  savedMessage,
  danger = false,
}: {
  id: string;
  schema: S;
  action: (input: z.output<S>) => Promise<ActionResult<T>>;
  // For a form whose result leads on (two-factor enrolment's next step).
  onSaved?: (data: T) => void;
  fields: AccountField[];
  defaults?: Record<string, string>;
  submitLabel: string;
  savedMessage: string;
  danger?: boolean;
}) {
  const t = useTranslations();
  const message = useFieldMessage("account.fields");
  const [saved, setSaved] = useState(false);
  const initial = Object.fromEntries(fields.map((f) => [f.name, defaults?.[f.name] ?? ""]));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<z.input<S>>,
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const feedback = useFormFeedback(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    feedback.setServerCode(null);
    const result = await safeAction(action, values);
    if (!result.ok) return feedback.applyFailure(result.code, result.fieldErrors);
    setSaved(true);
    onSaved?.(result.data);
    // Passwords are not kept in the form after a change.
    form.reset(
      Object.fromEntries(fields.map((f) => [f.name, f.type === "password" ? "" : values[f.name]])) as DefaultValues<
        z.input<S>
      >,
    );
  }, feedback.failed);
  const prefix = `${id}-`;
  const summary = summaryErrors(errors, fields.map((f) => f.name) as never, message, prefix);
  if (feedback.serverCode)
    summary.push({ href: `#${prefix}${fields[0]!.name}`, message: t(`errors.codes.${feedback.serverCode}`) });
  const errorPrefix = t("errors.titlePrefix");
  return (
    <form onSubmit={onSubmit} noValidate className="mb-4 max-w-xl">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={errorPrefix}
        errors={summary}
        focusKey={feedback.attempt}
      />
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`${prefix}${field.name}`}
          type={field.type}
          label={field.label}
          hint={field.hint}
          autoComplete={field.autoComplete}
          inputMode={field.inputMode}
          error={message(field.name, errors[field.name]?.message as string | undefined)}
          errorPrefix={errorPrefix}
          {...form.register(field.name as Path<z.input<S>>)}
        />
      ))}
      <Button type="submit" disabled={isSubmitting} className={danger ? "bg-error hover:bg-error-dark" : ""}>
        {submitLabel}
      </Button>
      <p role="status" className="mt-3 min-h-6 font-semibold text-success">
        {saved ? savedMessage : ""}
      </p>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schema";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

const order = ["email", "password"] as const;

export function SignInForm() {
  const t = useTranslations();
  const message = useFieldMessage("auth.fields");
  const form = useForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const feedback = useFormFeedback(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await signInAction(values);
    if (result && !result.ok) feedback.applyFailure(result.code, result.fieldErrors);
  }, feedback.failed);

  const summary = summaryErrors(errors, order, message, "signin-");
  if (feedback.serverCode) {
    summary.push({ href: "#signin-email", message: t(`errors.codes.${feedback.serverCode}`) });
  }
  const errorFor = (field: (typeof order)[number]) => message(field, errors[field]?.message);

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={summary}
        focusKey={feedback.attempt}
      />
      <TextField
        id="signin-email"
        type="email"
        label={t("auth.fields.email.label")}
        autoComplete="email"
        spellCheck={false}
        error={errorFor("email")}
        errorPrefix={t("errors.titlePrefix")}
        {...form.register("email")}
      />
      <TextField
        id="signin-password"
        type="password"
        label={t("auth.fields.password.label")}
        autoComplete="current-password"
        error={errorFor("password")}
        errorPrefix={t("errors.titlePrefix")}
        {...form.register("password")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}

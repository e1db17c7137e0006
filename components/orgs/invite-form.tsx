"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { inviteSchema, type InviteInput } from "@/lib/orgs/schema";
import { orgRoles } from "@/lib/orgs/roles";
import { Button } from "@/components/ui/button";
import { safeAction } from "@/components/ui/safe-action";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

type Output = z.output<typeof inviteSchema>;
type InviteAction = (input: InviteInput) => Promise<ActionResult<{ invitationId: string }>>;

// No mail server: the ägare copies the link and sends it however they like.
export function InviteForm({ action, origin }: { action: InviteAction; origin: string }) {
  const t = useTranslations();
  const message = useFieldMessage("orgs");
  const [created, setCreated] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<InviteInput, unknown, Output>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "editor" },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    setCreated(null);
    setCopied(false);
    const result = await safeAction(action, values);
    if (!result.ok) return feedback.applyFailure(result.code, result.fieldErrors);
    setCreated({ email: values.email, link: `${origin}/invite/${result.data.invitationId}` });
    form.reset({ email: "", role: values.role });
  }, feedback.failed);

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.link).catch(() => undefined);
    setCopied(true);
  };

  const summary = summaryErrors(errors, ["email", "role"], message, "invite-");
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  const prefix = t("errors.titlePrefix");
  return (
    <form onSubmit={onSubmit} noValidate className="mb-10">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={prefix}
        errors={summary}
        focusKey={feedback.attempt}
      />
      <TextField
        id="invite-email"
        type="email"
        spellCheck={false}
        autoComplete="off"
        label={t("orgs.email.label")}
        hint={t("orgs.email.hint")}
        error={message("email", errors.email?.message)}
        errorPrefix={prefix}
        {...form.register("email")}
      />
      <SelectField
        id="invite-role"
        label={t("orgs.role.label")}
        hint={t("orgs.roleHelp")}
        options={orgRoles.map((role) => ({ value: role, label: t(`orgs.roles.${role}`) }))}
        error={message("role", errors.role?.message)}
        errorPrefix={prefix}
        {...form.register("role")}
      />
      <p className="mb-4 text-secondary">{t("orgs.invite.noMail")}</p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("orgs.invite.submitting") : t("orgs.invite.submit")}
      </Button>
      <div role="status" aria-live="polite" className="mt-4">
        {created ? (
          <div className="border-l-4 border-success bg-surface p-4">
            <p className="mb-2">{t("orgs.invite.created", { email: created.email })}</p>
            <label htmlFor="invite-link" className="mb-1 block font-semibold">
              {t("orgs.invite.linkLabel")}
            </label>
            <input
              id="invite-link"
              readOnly
              value={created.link}
              className="mb-2 block w-full border-2 border-ink px-2 py-1.5"
            />
            <Button variant="secondary" onClick={() => void copy()}>
              {copied ? t("orgs.invite.copied") : t("orgs.invite.copy")}
            </Button>
          </div>
        ) : null}
      </div>
    </form>
  );
}

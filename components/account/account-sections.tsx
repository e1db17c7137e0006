"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction, deleteAccountAction, updateNameAction } from "@/lib/account/actions";
import { changeEmailAction } from "@/lib/account/email-actions";
import { accountNameSchema, changeEmailSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/account/schema";
import { AccountForm } from "@/components/account/account-form";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("account");
  return (
    <AccountForm
      id="account-name"
      schema={accountNameSchema}
      action={updateNameAction}
      defaults={{ name }}
      fields={[{ name: "name", label: t("name.label"), type: "text", autoComplete: "name" }]}
      submitLabel={t("name.submit")}
      savedMessage={t("saved")}
    />
  );
}

// The address changes only once the link mailed to the new address is followed.
export function EmailForm() {
  const t = useTranslations("account.email");
  return (
    <AccountForm
      id="account-email"
      schema={changeEmailSchema}
      action={changeEmailAction}
      fields={[
        { name: "newEmail", label: t("new"), type: "email", autoComplete: "email" },
        { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
      ]}
      submitLabel={t("submit")}
      savedMessage={t("sent")}
    />
  );
}

export function PasswordForm() {
  const t = useTranslations("account.password");
  return (
    <AccountForm
      id="account-password"
      schema={changePasswordSchema}
      action={changePasswordAction}
      fields={[
        { name: "currentPassword", label: t("current"), type: "password", autoComplete: "current-password" },
        { name: "newPassword", label: t("new"), hint: t("newHint"), type: "password", autoComplete: "new-password" },
      ]}
      submitLabel={t("submit")}
      savedMessage={t("saved")}
    />
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account.delete");
  return (
    <AccountForm
      id="account-delete"
      schema={deleteAccountSchema}
      action={deleteAccountAction}
      fields={[{ name: "password", label: t("password"), type: "password", autoComplete: "current-password" }]}
      submitLabel={t("submit")}
      savedMessage=""
      danger
    />
  );
}

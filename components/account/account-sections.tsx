"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction, deleteAccountAction, updateNameAction } from "@/lib/account/actions";
import { accountNameSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/account/schema";
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

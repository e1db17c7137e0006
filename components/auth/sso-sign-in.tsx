"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { safeAction } from "@/components/ui/safe-action";

// The provider's refusals that tell the user something they can act on; any
// other ?error= from the callback gets the general message.
const knownFailures = ["email_domain_not_allowed", "account_not_linked"] as const;

type Props = {
  action: () => Promise<ActionResult>;
  // OIDC_LABEL, when the operator names the button after their provider.
  label: string | null;
  // The callback's ?error=… after a refused sign-in.
  failed: string | null;
};

// "Logga in med organisationens konto": on success the action redirects the
// browser to the organisation's OpenID provider.
export function SsoSignIn({ action, label, failed }: Props) {
  const t = useTranslations();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    setCode(null);
    const result = await safeAction(action);
    // A redirect leaves the page; only a refusal comes back here.
    setBusy(false);
    if (!result.ok) {
      setCode(result.code);
      setAttempt((value) => value + 1);
    }
  };
  const failedKey = knownFailures.find((key) => key === failed) ?? "other";
  const messages = [
    ...(failed && !code ? [{ message: t(`sso.failed.${failedKey}`) }] : []),
    ...(code ? [{ message: t(`errors.codes.${code}`) }] : []),
  ];
  return (
    <div className="mb-8">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={messages}
        focusKey={attempt}
      />
      <Button disabled={busy} onClick={start} data-testid="sso-sign-in">
        {busy ? t("sso.starting") : (label ?? t("sso.button"))}
      </Button>
      <h2 className="mt-8 text-2xl font-bold">{t("sso.or")}</h2>
    </div>
  );
}

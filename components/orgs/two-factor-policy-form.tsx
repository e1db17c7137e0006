"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { safeAction } from "@/components/ui/safe-action";

type PolicyAction = (input: { required: boolean }) => Promise<ActionResult>;

type Props = {
  required: boolean;
  action: PolicyAction;
  // The same switch serves "members must sign in through SSO" (sso.policy).
  namespace?: "twoFactor.policy" | "sso.policy";
  testId?: string;
};

// The ägare's switch for "members must use two-factor"; the page re-renders
// with the new state after the action revalidates it.
export function TwoFactorPolicyForm({
  required,
  action,
  namespace = "twoFactor.policy",
  testId = "two-factor-policy",
}: Props) {
  const t = useTranslations();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    setCode(null);
    const result = await safeAction(action, { required: !required });
    setBusy(false);
    if (!result.ok) {
      setCode(result.code);
      setAttempt((value) => value + 1);
    }
  };
  return (
    <div className="mb-10 max-w-3xl">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={code ? [{ message: t(`errors.codes.${code}`) }] : []}
        focusKey={attempt}
      />
      <p className="mb-3 font-semibold" data-testid={testId}>
        {required ? t(`${namespace}.on`) : t(`${namespace}.off`)}
      </p>
      <Button variant="secondary" disabled={busy} onClick={toggle}>
        {required ? t(`${namespace}.stop`) : t(`${namespace}.require`)}
      </Button>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/auth/two-factor-actions";
import { twoFactorCodeSchema, twoFactorPasswordSchema, type TwoFactorSetup } from "@/lib/auth/two-factor-schema";
import { AccountForm } from "@/components/account/account-form";

// Turning two-factor on takes three steps in place: the password, then the QR
// code with the same key as text (for those who cannot scan) and a first code,
// then the backup codes, shown once. The page re-renders as "on" behind the
// last step, so that step is kept here until the user leaves it.
export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  if (setup && confirmed) {
    return (
      <section aria-labelledby="two-factor-backup" className="mb-8 max-w-3xl">
        <h3 id="two-factor-backup" className="mb-2 text-xl font-bold">
          {t("backupHeading")}
        </h3>
        <p className="mb-3">{t("backupIntro")}</p>
        <ul className="mb-4 grid grid-cols-2 gap-1 font-mono" data-testid="backup-codes">
          {setup.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <button
          type="button"
          className="text-brand underline"
          onClick={() => {
            setSetup(null);
            router.refresh();
          }}
        >
          {t("backupDone")}
        </button>
      </section>
    );
  }
  if (enabled) {
    return (
      <>
        <p className="mb-3 font-semibold" data-testid="two-factor-status">
          {t("on")}
        </p>
        <AccountForm
          id="two-factor-off"
          schema={twoFactorPasswordSchema}
          action={disableTwoFactorAction}
          onSaved={() => router.refresh()}
          fields={[{ name: "password", label: t("password"), type: "password", autoComplete: "current-password" }]}
          submitLabel={t("disable")}
          savedMessage={t("disabled")}
        />
      </>
    );
  }
  if (setup) {
    return (
      <section aria-labelledby="two-factor-scan" className="mb-8 max-w-3xl">
        <h3 id="two-factor-scan" className="mb-2 text-xl font-bold">
          {t("scanHeading")}
        </h3>
        <p className="mb-3">{t("scan")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
        <img src={setup.qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="mb-3" />
        <p className="mb-4">
          {t("secretLabel")}{" "}
          <code className="font-mono text-lg" data-testid="two-factor-secret">
            {setup.secret}
          </code>
        </p>
        <AccountForm
          id="two-factor-confirm"
          schema={twoFactorCodeSchema}
          action={confirmTwoFactorAction}
          onSaved={() => setConfirmed(true)}
          fields={[
            {
              name: "code",
              label: t("code"),
              hint: t("codeHint"),
              type: "text",
              autoComplete: "one-time-code",
              inputMode: "numeric",
            },
          ]}
          submitLabel={t("confirm")}
          savedMessage=""
        />
      </section>
    );
  }
  return (
    <>
      <p className="mb-3" data-testid="two-factor-status">
        {t("off")}
      </p>
      <AccountForm
        id="two-factor-on"
        schema={twoFactorPasswordSchema}
        action={startTwoFactorAction}
        onSaved={setSetup}
        fields={[{ name: "password", label: t("password"), type: "password", autoComplete: "current-password" }]}
        submitLabel={t("start")}
        savedMessage=""
      />
    </>
  );
}

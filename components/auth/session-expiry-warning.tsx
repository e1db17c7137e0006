"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { extendSessionAction } from "@/lib/auth/session-actions";
import { Button } from "@/components/ui/button";

// Warn this long before the session ends, so unsaved answers can still be saved.
export const warnBeforeMs = 5 * 60 * 1000;

// The server sends how long the session has left, not a timestamp, so a
// client clock that is off does not move the warning.
export function SessionExpiryWarning({ expiresInMs }: { expiresInMs: number }) {
  const t = useTranslations("orgs.session");
  const [expiry, setExpiry] = useState(() => Date.now() + expiresInMs);
  const [now, setNow] = useState(() => Date.now());
  const [pending, start] = useTransition();
  const [extended, setExtended] = useState(false);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const remaining = expiry - now;
  if (remaining > warnBeforeMs) {
    return extended ? (
      <p role="status" className="sr-only">
        {t("extended")}
      </p>
    ) : null;
  }

  const stay = () =>
    start(async () => {
      const result = await extendSessionAction();
      if (result.ok) {
        setExpiry(Date.now() + result.data.expiresInMs);
        setNow(Date.now());
        setExtended(true);
      }
    });

  return (
    <div role="alertdialog" aria-labelledby="session-warning-title" className="border-b-4 border-error bg-notice">
      <div className="mx-auto max-w-5xl px-4 py-4">
        <h2 id="session-warning-title" className="mb-2 text-xl font-bold">
          {t("title")}
        </h2>
        {remaining > 0 ? (
          <>
            <p className="mb-3">{t("body", { minutes: Math.max(1, Math.ceil(remaining / 60_000)) })}</p>
            <Button onClick={stay} disabled={pending}>
              {t("stay")}
            </Button>
          </>
        ) : (
          <p>
            {t("expired")}{" "}
            <a href="/sign-in" target="_blank" rel="noopener" className="text-brand underline">
              {t("signIn")}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

// Offered after a crash, a closed tab or a reload while offline: the values
// the server never confirmed, from this browser's local copy.
export function RecoveryBanner({
  changedAt,
  onRestore,
  onDiscard,
}: {
  changedAt: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("autosave.recovery");
  const format = useFormatter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const when = format.dateTime(new Date(changedAt), { dateStyle: "short", timeStyle: "short" });
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="autosave-recovery-title"
      className="mb-8 border-4 border-brand p-4 focus:outline-3 focus:outline-focus"
    >
      <h2 id="autosave-recovery-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-4">{t("body", { time: when })}</p>
      <div className="flex flex-wrap gap-4">
        <Button onClick={onRestore}>{t("restore")}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t("discard")}
        </Button>
      </div>
    </div>
  );
}

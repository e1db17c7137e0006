"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { AutosaveStatus } from "@/components/autosave/use-autosave";

// The live region only carries outcomes ("Sparat 14:32", offline, failures);
// "Sparar…" sits outside it so a screen reader is not interrupted on every
// pause in typing.
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  const t = useTranslations("autosave");
  const terr = useTranslations("errors.codes");
  const format = useFormatter();
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  let announced = "";
  let tone = "text-success";
  switch (status.kind) {
    case "saved":
      announced = t("saved", { time: time(status.at) });
      break;
    case "saving":
      announced = status.lastSavedAt ? t("saved", { time: time(status.lastSavedAt) }) : "";
      break;
    case "retrying":
      announced = t("retrying");
      tone = "text-error";
      break;
    case "offline":
      announced = t("offline");
      tone = "text-ink";
      break;
    case "invalid":
      announced = t("invalid");
      tone = "text-error";
      break;
    case "conflict":
      announced = t("conflictStatus");
      tone = "text-error";
      break;
    case "failed":
      announced = terr(status.code);
      tone = "text-error";
      break;
  }
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className={`font-semibold ${tone}`}>
        {announced}
      </p>
      {status.kind === "saving" ? <span className="text-secondary">{t("saving")}</span> : null}
    </div>
  );
}

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
  let tone = "text-[#00703c]";
  switch (status.kind) {
    case "saved":
      announced = t("saved", { time: time(status.at) });
      break;
    case "saving":
      announced = status.lastSavedAt ? t("saved", { time: time(status.lastSavedAt) }) : "";
      break;
    case "retrying":
      announced = t("retrying");
      tone = "text-[#d4351c]";
      break;
    case "offline":
      announced = t("offline");
      tone = "text-[#0b0c0c]";
      break;
    case "invalid":
      announced = t("invalid");
      tone = "text-[#d4351c]";
      break;
    case "conflict":
      announced = t("conflictStatus");
      tone = "text-[#d4351c]";
      break;
    case "failed":
      announced = terr(status.code);
      tone = "text-[#d4351c]";
      break;
  }
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className={`font-semibold ${tone}`}>
        {announced}
      </p>
      {status.kind === "saving" ? <span className="text-[#505a5f]">{t("saving")}</span> : null}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { GuidanceModel } from "@/lib/catalog/schema";

// How far a source can be trusted, said in words next to it: the day it was
// last read against the publisher's page, what could not be verified, and
// whether the link is a third party's copy. Dates stay ISO (2026-11-29), as
// in Swedish documents, so no time zone can shift them.
export async function SourceStatus({ model }: { model: GuidanceModel }) {
  const t = await getTranslations("catalog.model");
  return (
    <ul className="mb-3 space-y-1" data-testid="source-status">
      <li>{model.checkedAt ? t("checked", { date: model.checkedAt }) : t("notChecked")}</li>
      {model.unverified ? (
        <li className="font-semibold text-[#6f3a00]">{t("unverified", { reason: model.unverified })}</li>
      ) : null}
      {model.copy ? <li className="font-semibold text-[#6f3a00]">{t("copy")}</li> : null}
    </ul>
  );
}

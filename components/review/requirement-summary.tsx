import { getTranslations } from "next-intl/server";
import { requirementHref } from "@/lib/review/links";
import type { RequirementRow } from "@/lib/requirements/types";
import { SummaryList, type SummaryRow } from "@/components/review/summary-list";

// One perspective's requirements: code, text, level, kravtyp and weight, each
// with a change link to the requirement on its perspective page.
export async function RequirementSummary({
  draftId,
  requirements,
}: {
  draftId: string;
  requirements: RequirementRow[];
}) {
  const t = await getTranslations("review");
  const rows: SummaryRow[] = requirements.map((requirement) => {
    const facts = [
      t(`requirement.level.${requirement.level}`),
      `${requirement.kravtyp} ${t(`requirement.kravtyp.${requirement.kravtyp}`)}`,
      requirement.level === "bor" && requirement.weight !== null
        ? t("requirement.weight", { weight: requirement.weight })
        : null,
      // The split between the bidders' documents and the internal checklist, visible per row.
      requirement.kravtyp === "IN" ? t("audience.internalRow") : t("audience.bidderRow"),
    ].filter((fact) => fact !== null);
    return {
      key: requirement.id,
      label: requirement.code,
      value: (
        <>
          <span className="block">{requirement.text}</span>
          <span className="mt-1 block text-sm text-secondary">{facts.join(" · ")}</span>
          <span className="mt-1 block text-sm">
            {requirement.verifikat.trim() === "" ? (
              <span className="text-secondary">{t("requirement.noVerifikat")}</span>
            ) : (
              <>
                <span className="font-semibold">{t("requirement.verifikat")}:</span> {requirement.verifikat}
              </>
            )}
          </span>
        </>
      ),
      change: {
        href: requirementHref(draftId, requirement.perspective, requirement.code),
        text: t("change"),
        hidden: t("perspective.changeRequirement", { code: requirement.code }),
      },
    };
  });
  return <SummaryList rows={rows} />;
}

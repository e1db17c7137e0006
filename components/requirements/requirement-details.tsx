"use client";

import { useTranslations } from "next-intl";
import type { RequirementRow } from "@/lib/requirements/types";

// The stored fields of one requirement as a description list.
export function RequirementDetails({ requirement }: { requirement: RequirementRow }) {
  const t = useTranslations("requirements");
  const text = (value: string) => (value.trim() ? value : t("notGiven"));
  const rows: [string, string][] = [
    [t("terms.level"), t(`level.${requirement.level}`)],
    [t("terms.kravtyp"), t(`kravtyp.${requirement.kravtyp}`)],
    [t("terms.motiv"), text(requirement.motiv)],
    [t("terms.verifikat"), text(requirement.verifikat)],
    [t("terms.uppfoljning"), text(requirement.uppfoljning)],
  ];
  if (requirement.level === "bor") {
    rows.push([
      t("terms.weight"),
      requirement.weight === null ? t("notGiven") : t("weightValue", { weight: requirement.weight }),
    ]);
  }
  rows.push([t("terms.source"), requirement.suggestionId ? t("fromSuggestion") : t("ownRequirement")]);
  return (
    <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 whitespace-pre-line sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequirementRow } from "@/lib/requirements/types";

// Which requirements reach the bidders and which stay with the buyer: IN
// requirements are left out of the PDF, Word and Excel files and go to the
// internal checklist instead.
export async function AudienceSplit({ draftId, requirements }: { draftId: string; requirements: RequirementRow[] }) {
  const t = await getTranslations("review.audience");
  const internal = requirements.filter((requirement) => requirement.kravtyp === "IN");
  return (
    <section aria-labelledby="granska-audience" className="mb-10" data-testid="review-audience">
      <h2 id="granska-audience" className="mb-2 text-3xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mb-2 list-disc pl-6">
        <li>{t("bidder", { count: requirements.length - internal.length })}</li>
        <li>{t("internal", { count: internal.length })}</li>
      </ul>
      {internal.length > 0 ? (
        <p>
          {t("internalCodes", { codes: internal.map((requirement) => requirement.code).join(", ") })}{" "}
          <Link href={`/drafts/${draftId}/checklist`} className="text-brand underline">
            {t("checklistLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirementHref } from "@/lib/review/links";
import type { RequirementRow } from "@/lib/requirements/types";

// Granska: requirements whose catalog source has been revised since they were
// adopted. Each links to the requirement, where the word diff and the two
// choices are.
export async function SourceUpdateList({ draftId, requirements }: { draftId: string; requirements: RequirementRow[] }) {
  if (requirements.length === 0) return null;
  const t = await getTranslations("review.sourceUpdates");
  return (
    <section aria-labelledby="granska-source-updates" className="mb-10 border-l-4 border-brand pl-4">
      <h2 id="granska-source-updates" className="mb-2 text-3xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-3">{t("intro", { count: requirements.length })}</p>
      <ul className="list-disc pl-6">
        {requirements.map((requirement) => (
          <li key={requirement.id} className="mb-1">
            <Link
              href={requirementHref(draftId, requirement.perspective, requirement.code)}
              className="text-brand underline"
            >
              {t("item", {
                code: requirement.code,
                title: requirement.sourceUpdate?.current.title ?? requirement.text.slice(0, 70),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

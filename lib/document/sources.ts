import type { ModelLookup, Translate } from "@/lib/document/build";
import type { DocumentData, DocumentRequirement } from "@/lib/document/types";
import { perspectives, requirementCode } from "@/lib/vocabulary";

// Exactly the models the requirements cite, each once, in the order they are
// first cited; ids the catalog no longer knows are left out. Each says when
// it was last checked, what could not be verified and whether its link is a
// third party's copy, so a reader can weigh the source as the catalog does.
export function sourcesChapter(
  requirements: DocumentRequirement[],
  getModel: ModelLookup,
  t: Translate,
): DocumentData["sources"] {
  const citedBy = new Map<string, string[]>();
  for (const perspective of perspectives) {
    for (const r of requirements.filter((row) => row.perspective === perspective)) {
      for (const id of r.modelIds) {
        const codes = citedBy.get(id) ?? [];
        citedBy.set(id, [...codes, requirementCode(r.perspective, r.number)]);
      }
    }
  }
  const models = [...citedBy.entries()].flatMap(([id, codes]) => {
    const model = getModel(id);
    if (!model) return [];
    const { name, publisher, year, url } = model;
    const status = [
      model.checkedAt ? t("pdf.sources.checked", { date: model.checkedAt }) : t("pdf.sources.notChecked"),
      ...(model.unverified ? [t("pdf.sources.unverified", { reason: model.unverified })] : []),
      ...(model.copy ? [t("pdf.sources.copy")] : []),
    ];
    return [{ id, name, publisher, year, url, citedBy: [...new Set(codes)].join(", "), status }];
  });
  return {
    id: "sources",
    heading: t("pdf.sources.heading"),
    intro: t("pdf.sources.intro"),
    none: models.length === 0 ? t("pdf.sources.none") : null,
    labels: { publisher: t("pdf.sources.publisher"), year: t("pdf.sources.year"), citedBy: t("pdf.sources.citedBy") },
    models,
  };
}

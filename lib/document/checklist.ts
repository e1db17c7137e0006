import { byPosition, isBidderFacing, type Translate } from "@/lib/document/build";
import type { DocRow, DocumentSource } from "@/lib/document/types";
import { perspectives, requirementCode, type Perspective } from "@/lib/vocabulary";

// The buyer's own obligations (kravtyp IN) as a checklist for the buyer: the
// counterpart of the bidder-facing document, which leaves them out.
export type ChecklistItem = { code: string; text: string; fields: DocRow[] };
export type ChecklistData = {
  lang: string;
  title: string;
  heading: string;
  intro: string;
  none: string | null;
  doneLabel: string;
  perspectives: { id: Perspective; heading: string; items: ChecklistItem[] }[];
};

export function buildChecklist(source: DocumentSource, t: Translate, lang: string): ChecklistData {
  const internal = source.requirements.filter((r) => !isBidderFacing(r)).sort(byPosition);
  const chapters = perspectives
    .map((perspective) => ({
      id: perspective,
      heading: t(`steps.${perspective}`),
      items: internal
        .filter((r) => r.perspective === perspective)
        .map((r) => ({
          code: requirementCode(r.perspective, r.number),
          text: r.text.trim(),
          fields: (["motiv", "uppfoljning"] as const)
            .filter((key) => r[key].trim() !== "")
            .map((key) => ({ label: t(`pdf.requirement.${key}`), value: r[key].trim() })),
        })),
    }))
    .filter((chapter) => chapter.items.length > 0);
  return {
    lang,
    title: source.title.trim() || t("pdf.untitled"),
    heading: t("checklist.heading"),
    intro: t("checklist.intro"),
    none: chapters.length === 0 ? t("checklist.none") : null,
    doneLabel: t("checklist.done"),
    perspectives: chapters,
  };
}

import type { Translate } from "@/lib/document/build";
import type { DraftContext } from "@/lib/drafts/schema";

// What the chosen procedure means for the requirements in this document:
// whether ska-krav are negotiable (never, in LOU's negotiated procedures: they
// are minimum requirements), whether the document may add terms (not beyond a
// framework agreement's), and how much documentation a direct award needs.
// The value itself stands in the context rows (1.5); here it only adds the
// check that a direct award with a stated value calls for.
export function procedureSection(context: DraftContext, t: Translate, lang: string): string[] {
  const procedure = context.procedure ?? "undecided";
  const paragraphs = [t(`pdf.procedure.${procedure}`)];
  if (procedure === "direct" && context.estimatedValueSek !== undefined) {
    const value = new Intl.NumberFormat(lang).format(context.estimatedValueSek);
    paragraphs.push(t("pdf.procedure.directValue", { value }));
  }
  return paragraphs;
}

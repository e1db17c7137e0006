import { personalDataLevels, productTypes, userGroups } from "@/lib/drafts/schema";
import type { PdfLabels } from "@/lib/drafts/pdf-data";

type Translate = (key: string, values?: Record<string, string>) => string;

// The document speaks the UI's language: its labels come from the same
// message catalogs as the pages.
export function pdfLabels(t: Translate): PdfLabels {
  const names = (values: readonly string[], namespace: string) =>
    Object.fromEntries(values.map((value) => [value, t(`${namespace}.${value}`)]));
  return {
    untitled: t("pdf.untitled"),
    draftMarker: t("pdf.draftMarker"),
    version: t("pdf.version"),
    date: t("pdf.date"),
    organisation: t("pdf.organisation"),
    contextHeading: t("pdf.contextHeading"),
    procuredItem: t("pdf.procuredItem"),
    productTypes: t("pdf.productTypes"),
    personalData: t("pdf.personalData"),
    userGroups: t("pdf.userGroups"),
    usersDescription: t("pdf.usersDescription"),
    notAnswered: t("pdf.notAnswered"),
    // Placeholders survive ICU formatting; the PDF footer fills them per page.
    pageOf: t("pdf.pageOf", { page: "{page}", total: "{total}" }),
    productTypeNames: names(productTypes, "start.productTypes"),
    personalDataNames: names(personalDataLevels, "start.personalData"),
    userGroupNames: names(userGroups, "start.userGroups"),
  };
}

import type { PdfLabels } from "@/lib/drafts/pdf-data";

// Fixed Swedish labels so PDF tests do not depend on the message catalogs.
export const testLabels: PdfLabels = {
  untitled: "Namnlös kravspecifikation",
  draftMarker: "Utkast",
  version: "Version",
  date: "Datum",
  organisation: "Organisation",
  contextHeading: "1 Upphandlingens förutsättningar",
  procuredItem: "Vad som upphandlas",
  productTypes: "Produkttyp",
  personalData: "Personuppgifter",
  userGroups: "Användare",
  usersDescription: "Om användarna",
  notAnswered: "Ej besvarat",
  pageOf: "Sida {page} av {total}",
  productTypeNames: { e_service: "E-tjänst för invånare", cloud_saas: "Molntjänst (SaaS)" },
  personalDataNames: { sensitive: "Ja, känsliga personuppgifter" },
  userGroupNames: { citizens: "Invånare", staff: "Medarbetare" },
};

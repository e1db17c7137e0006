import { describe, expect, it } from "vitest";
import { pageOf, toDocumentData } from "@/lib/drafts/pdf-data";
import { testLabels } from "@/lib/testing/pdf-labels";

describe("toDocumentData", () => {
  it("maps the Start answers into the context section with translated names", () => {
    const data = toDocumentData(
      {
        title: "Hemtjänstapp",
        version: 3,
        context: {
          organisation: "Luleå kommun",
          procuredItem: "App för planering",
          productTypes: ["e_service", "cloud_saas"],
          personalData: "sensitive",
          userGroups: ["staff"],
        },
      },
      testLabels,
      { lang: "sv", formattedDate: "25 november 2026" },
    );
    expect(data).toMatchObject({ title: "Hemtjänstapp", versionLine: "Version 3", dateLine: "Datum 25 november 2026" });
    expect(data.sections[0]?.rows).toEqual([
      { label: "Organisation", value: "Luleå kommun" },
      { label: "Vad som upphandlas", value: "App för planering" },
      { label: "Produkttyp", value: "E-tjänst för invånare, Molntjänst (SaaS)" },
      { label: "Personuppgifter", value: "Ja, känsliga personuppgifter" },
      { label: "Användare", value: "Medarbetare" },
      { label: "Om användarna", value: "Ej besvarat" },
    ]);
  });

  it("names an untitled, unanswered draft plainly instead of leaving blanks", () => {
    const data = toDocumentData({ title: " ", version: 1, context: {} }, testLabels, { lang: "sv", formattedDate: "idag" });
    expect(data.title).toBe("Namnlös kravspecifikation");
    expect(data.sections[0]?.rows.every((row) => row.value === "Ej besvarat")).toBe(true);
  });

  it("fills the page template", () => {
    expect(pageOf("Sida {page} av {total}", 2, 7)).toBe("Sida 2 av 7");
  });
});

import { describe, expect, it } from "vitest";
import { suggestions } from "@/lib/catalog";
import { describeCatalogWarning, lintCatalog } from "@/lib/catalog-quality/lint";
import { fixtureSuggestions } from "@/lib/testing/catalog-fixtures";

describe("the catalog passes the product's own quality lint", () => {
  it("has no vague words, unqualified brand names or (near) duplicates in any suggestion", () => {
    expect(lintCatalog(suggestions).map(describeCatalogWarning)).toEqual([]);
  });

  it("catches each rule in every linted field", () => {
    const [base, other] = fixtureSuggestions;
    const bad = [
      { ...base!, id: "s-test-a", title: "Ett intuitivt gränssnitt" },
      { ...other!, id: "s-test-b", verifikat: "Demonstration i Teams.", uppfoljning: "Följs upp vid behov." },
      { ...base!, id: "s-test-c", text: `${base!.text} ` },
      {
        ...base!,
        id: "s-test-d",
        level: "ska" as const,
        kravtyp: "KF" as const,
        verifikat: " ",
        text: "Leverantören ska dokumentera driftrutinerna för varje miljö.",
      },
    ];
    expect(lintCatalog(bad).map(describeCatalogWarning)).toEqual([
      "s-test-a title: vagueWords (intuitivt)",
      "s-test-b verifikat: brandName (Teams)",
      "s-test-b uppfoljning: vagueWords (vid behov)",
      "s-test-d text: skaWithoutVerifikat",
      "s-test-c text: duplicate (s-test-a)",
    ]);
  });
});

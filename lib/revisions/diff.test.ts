import { describe, expect, it } from "vitest";
import { diffSnapshots, wordDiff } from "@/lib/revisions/diff";
import type { RevisionSnapshot } from "@/lib/drafts/snapshot";

const base: RevisionSnapshot = {
  title: "Färdtjänst",
  context: { organisation: "Åre kommun", productTypes: ["e_service"] },
  answers: { kundnytta: { needs: "Söka utan att ringa" } },
  requirements: [
    {
      perspective: "kundnytta",
      number: 1,
      position: 1,
      text: "Tjänsten ska vara tillgänglig",
      level: "ska",
      kravtyp: "KF",
      motiv: "",
      verifikat: "",
      uppfoljning: "",
      weight: null,
      suggestionId: null,
      modelIds: [],
      createdById: "u1",
    },
  ],
};

describe("diffSnapshots", () => {
  it("lists only the fields that differ, in reading order, with requirements by number", () => {
    const after: RevisionSnapshot = {
      ...base,
      context: { organisation: "Åre kommun", productTypes: ["e_service", "app"], procuredItem: "" },
      answers: { kundnytta: { needs: "Söka dygnet runt" } },
      requirements: [
        { ...base.requirements[0]!, level: "bor" },
        { ...base.requirements[0]!, number: 2, text: "Nytt krav" },
      ],
    };
    const entries = diffSnapshots(base, after, ["title", "organisation", "productTypes"]);
    expect(
      entries.map((e) =>
        e.kind === "requirement"
          ? `${e.kind}:${e.number}:${e.field}`
          : e.kind === "answer"
            ? `answer:${e.question}`
            : `start:${e.field}`,
      ),
    ).toEqual([
      "start:productTypes",
      "answer:needs",
      "requirement:1:level",
      "requirement:2:text",
      "requirement:2:level",
      "requirement:2:kravtyp",
    ]);
    expect(diffSnapshots(base, base)).toEqual([]);
  });
});

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    expect(wordDiff("Tjänsten ska vara tillgänglig", "Tjänsten ska alltid vara tillgänglig")).toEqual([
      { type: "same", text: "Tjänsten ska " },
      { type: "ins", text: "alltid " },
      { type: "same", text: "vara tillgänglig" },
    ]);
    const parts = wordDiff("en två tre", "en fyra tre");
    expect(parts.filter((p) => p.type !== "same").map((p) => [p.type, p.text.trim()])).toEqual([
      ["del", "två"],
      ["ins", "fyra"],
    ]);
  });
});

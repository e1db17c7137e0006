import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getModel } from "@/lib/catalog";
import { buildDocumentData } from "@/lib/document/build";
import { translatorFor } from "@/lib/document/translate";
import type { DocumentRequirement, DocumentSource } from "@/lib/document/types";
import { questions } from "@/lib/drafts/questions";
import { loadMessages } from "@/lib/i18n/load-messages";
import { kravtyper, levels, perspectives, requirementCode } from "@/lib/vocabulary";
import { fuzz, hostileString } from "@/lib/testing/fuzz";
import { sampleStart } from "@/lib/testing/sample-start";

// The document builder against hostile drafts: texts of every kind, numbers
// at the schema's edges, answers from old revisions that no longer match a
// question's options, unknown model ids. It must never throw, show every
// requirement exactly once, and give plain JSON (the export's snapshot).

const messages = { sv: loadMessages("sv"), en: loadMessages("en") };
const translators = { sv: translatorFor("sv", messages.sv), en: translatorFor("en", messages.en) };

const requirementArb: fc.Arbitrary<Omit<DocumentRequirement, "number">> = fc.record({
  perspective: fc.constantFrom(...perspectives),
  position: fc.integer({ min: -5, max: 3000 }),
  text: hostileString,
  level: fc.constantFrom(...levels),
  kravtyp: fc.constantFrom(...kravtyper),
  motiv: hostileString,
  verifikat: hostileString,
  uppfoljning: hostileString,
  weight: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  modelIds: fc.array(
    fc.oneof(fc.constantFrom("m-gdpr", "m-dos-lagen", "__proto__", "constructor", "toString"), hostileString),
    { maxLength: 3 },
  ),
});

// Loosely typed like a revision snapshot: any string or list for any question id.
const answersArb = fc.record(
  Object.fromEntries(
    perspectives.map((p) => [
      p,
      fc.dictionary(
        fc.oneof(fc.constantFrom(...questions[p].map((q) => q.id)), hostileString),
        fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
        { maxKeys: 5 },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

const sourceArb: fc.Arbitrary<DocumentSource> = fc
  .record({
    title: hostileString,
    version: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    organisation: fc.option(hostileString, { nil: undefined }),
    procuredItem: fc.option(hostileString, { nil: undefined }),
    estimatedValueSek: fc.option(fc.integer({ min: 0, max: 100_000_000_000 }), { nil: undefined }),
    contractMonths: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
    answers: answersArb,
    requirements: fc.array(requirementArb, { maxLength: 12 }),
    contact: fc.record({ name: hostileString, email: hostileString }),
  })
  .map(
    ({
      title,
      version,
      organisation,
      procuredItem,
      estimatedValueSek,
      contractMonths,
      answers,
      requirements,
      contact,
    }) => {
      const context = { ...sampleStart, title: undefined };
      // Numbers are unique per perspective in the database.
      const next: Record<string, number> = {};
      return {
        title,
        version,
        context: { ...context, organisation, procuredItem, estimatedValueSek, contractMonths },
        answers,
        requirements: requirements.map((r) => ({
          ...r,
          number: (next[r.perspective] = (next[r.perspective] ?? 0) + 1),
        })),
        contact,
      };
    },
  );

describe("document builder under hostile drafts", () => {
  it("never throws, shows each requirement once, and yields plain JSON", () => {
    fuzz(
      "buildDocumentData",
      fc.tuple(sourceArb, fc.constantFrom("sv" as const, "en" as const)),
      ([source, locale]) => {
        const data = buildDocumentData(source, {
          t: translators[locale],
          lang: locale,
          formattedDate: "1 januari 2027",
          getModel,
        });
        const codes = data.perspectives.flatMap((p) => p.groups.flatMap((g) => g.requirements.map((r) => r.code)));
        // IN requirements (on the buyer itself) go to the internal checklist, not the document.
        const bidderFacing = source.requirements.filter((r) => r.kravtyp !== "IN");
        expect(codes.sort()).toEqual(bidderFacing.map((r) => requirementCode(r.perspective, r.number)).sort());
        expect(data.title.length).toBeGreaterThan(0);
        for (const model of data.sources.models) expect(getModel(model.id)).toBeDefined();
        expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      },
      1500,
    );
  });
});

import { suggestionSchema, type Suggestion } from "@/lib/catalog/schema";
import { draftContextSchema, type DraftContext } from "@/lib/drafts/schema";

// A small catalog for ranking tests, independent of the real catalog's
// content. Generic entries come first so that catalog order alone could not
// make a specific suggestion win.
type Fixture = Pick<Suggestion, "id" | "perspective" | "topic" | "level" | "kravtyp" | "phase" | "conditions">;

function suggestion(fixture: Fixture): Suggestion {
  return suggestionSchema.parse({
    ...fixture,
    text: `Leverantören ska uppfylla kravet ${fixture.id} under hela avtalstiden.`,
    motiv: `Motivet till ${fixture.id} är att skydda verksamheten och användarna.`,
    verifikat: "Beskrivning i anbudet.",
    uppfoljning: "Följs upp på avtalsmöte varje år.",
    modelIds: ["m-test-model"],
  });
}

export const rankFixtures: Suggestion[] = [
  suggestion({
    id: "s-generic-lou",
    perspective: "juridik",
    topic: "avtal",
    level: "ska",
    kravtyp: "AV",
    phase: "KS",
    conditions: {},
  }),
  suggestion({
    id: "s-generic-support",
    perspective: "organisation",
    topic: "forvaltning",
    level: "ska",
    kravtyp: "AV",
    phase: "KS",
    conditions: {},
  }),
  suggestion({
    id: "s-generic-needs",
    perspective: "kundnytta",
    topic: "behov",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: {},
  }),
  suggestion({
    id: "s-generic-training",
    perspective: "organisation",
    topic: "utbildning",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    conditions: {},
  }),
  suggestion({
    id: "s-generic-usability",
    perspective: "arbetsmiljo",
    topic: "anvandbarhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    conditions: {},
  }),
  suggestion({
    id: "s-generic-exit",
    perspective: "organisation",
    topic: "exit",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    conditions: {},
  }),
  suggestion({
    id: "s-dataskydd-pub",
    perspective: "juridik",
    topic: "dataskydd",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    conditions: { personalData: ["ordinary", "sensitive"] },
  }),
  suggestion({
    id: "s-sekretess-cloud",
    perspective: "juridik",
    topic: "sekretess",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: { productTypes: ["cloud_saas"] },
  }),
  suggestion({
    id: "s-sakerhet-logging",
    perspective: "juridik",
    topic: "sakerhet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: { personalData: ["sensitive"] },
  }),
  suggestion({
    id: "s-sakerhet-general",
    perspective: "juridik",
    topic: "sakerhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    conditions: {},
  }),
  suggestion({
    id: "s-tillganglighet",
    perspective: "kundnytta",
    topic: "tillganglighet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: { userGroups: ["citizens"] },
  }),
  suggestion({
    id: "s-arbetsmiljo-risk",
    perspective: "arbetsmiljo",
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "IN",
    phase: "BA",
    conditions: { userGroups: ["staff"] },
  }),
  suggestion({
    id: "s-arbetsmiljo-load",
    perspective: "arbetsmiljo",
    topic: "arbetsmiljo",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    conditions: {},
  }),
  suggestion({
    id: "s-ai-transparency",
    perspective: "juridik",
    topic: "ai",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: { aiComponent: true },
  }),
  suggestion({
    id: "s-kontinuitet",
    perspective: "organisation",
    topic: "kontinuitet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    conditions: { critical: true },
  }),
  suggestion({
    id: "s-high-value",
    perspective: "organisation",
    topic: "uppfoljning",
    level: "bor",
    kravtyp: "AV",
    phase: "AU",
    conditions: { minValueSek: 10_000_000 },
  }),
  suggestion({
    id: "s-hardware",
    perspective: "kundnytta",
    topic: "hallbarhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    conditions: { productTypes: ["hardware_software"] },
  }),
];

export function rankContext(context: DraftContext): DraftContext {
  return draftContextSchema.parse(context);
}

export const cloudWithSensitiveData = rankContext({
  productTypes: ["cloud_saas", "business_system"],
  personalData: "sensitive",
  userGroups: ["staff"],
  critical: "no",
  aiComponent: "no",
});

export const citizenEService = rankContext({
  productTypes: ["e_service"],
  personalData: "ordinary",
  userGroups: ["citizens"],
  critical: "no",
  aiComponent: "no",
});

export const noSpecifics = rankContext({
  productTypes: ["integration"],
  personalData: "none",
  userGroups: ["businesses"],
  critical: "no",
  aiComponent: "no",
});

import { guidanceModelSchema, suggestionSchema, type GuidanceModel, type Suggestion } from "@/lib/catalog/schema";

// Small, made-up catalog for tests (the real catalog lives in lib/catalog/).
// Parsed with the real schemas so a fixture cannot drift from the contract.
export const fixtureModels: GuidanceModel[] = [
  {
    id: "m-test-dataskydd",
    name: "Testvägledning om dataskydd",
    publisher: "Testmyndigheten",
    year: 2025,
    url: "https://example.org/dataskydd",
    summary: "En påhittad vägledning om dataskydd som bara används i tester av förslagspanelen.",
    perspectives: ["juridik", "kundnytta"],
    phases: ["KS"],
    kind: "aspect",
  },
  {
    id: "m-test-process",
    name: "Testmodell för upphandlingsprocessen",
    publisher: "Testkommunen",
    year: 2024,
    url: "https://example.org/process",
    summary: "En påhittad processmodell för upphandling som bara används i tester av förslagspanelen.",
    perspectives: ["kundnytta", "juridik", "arbetsmiljo", "organisation"],
    phases: ["BA", "KS", "AU"],
    kind: "generic",
  },
].map((model) => guidanceModelSchema.parse(model));

type Seed = Pick<Suggestion, "id" | "perspective" | "topic" | "level" | "kravtyp"> & Partial<Suggestion> & { subject: string };

function suggestion(seed: Seed): Suggestion {
  const { subject, ...rest } = seed;
  return suggestionSchema.parse({
    text: `Leverantören ska beskriva hur lösningen hanterar ${subject}.`,
    motiv: `Beställaren behöver veta hur ${subject} hanteras för att kunna jämföra anbuden.`,
    verifikat: `Beskrivning i anbudet om ${subject}.`,
    phase: "KS",
    uppfoljning: `Följs upp på avtalsmöte om ${subject}.`,
    modelIds: ["m-test-process"],
    conditions: {},
    ...rest,
  });
}

export const fixtureSuggestions: Suggestion[] = [
  suggestion({ id: "s-test-kn-behov", perspective: "kundnytta", topic: "behov", level: "ska", kravtyp: "KF", subject: "användarnas behov" }),
  suggestion({ id: "s-test-kn-tillganglighet", perspective: "kundnytta", topic: "tillganglighet", level: "ska", kravtyp: "KF", subject: "tillgänglighet enligt EN 301 549", conditions: { userGroups: ["citizens"] } }),
  suggestion({ id: "s-test-kn-effekt", perspective: "kundnytta", topic: "effekt", level: "bor", kravtyp: "TK", subject: "mätning av effektmål", weight: 20 }),
  suggestion({ id: "s-test-kn-test", perspective: "kundnytta", topic: "anvandbarhet", level: "bor", kravtyp: "TK", subject: "användartester med invånare", weight: 10 }),
  suggestion({ id: "s-test-kn-sprak", perspective: "kundnytta", topic: "tillganglighet", level: "bor", kravtyp: "KF", subject: "klarspråk och flera språk" }),
  suggestion({ id: "s-test-kn-kanaler", perspective: "kundnytta", topic: "behov", level: "ska", kravtyp: "KF", subject: "mobila kanaler" }),
  suggestion({ id: "s-test-kn-ai", perspective: "kundnytta", topic: "ai", level: "ska", kravtyp: "KF", subject: "förklaringar av AI-beslut", conditions: { aiComponent: true } }),
  suggestion({ id: "s-test-ju-pub", perspective: "juridik", topic: "dataskydd", level: "ska", kravtyp: "AV", subject: "personuppgiftsbiträdesavtal", modelIds: ["m-test-dataskydd"], conditions: { personalData: ["ordinary", "sensitive"] } }),
  suggestion({ id: "s-test-ju-tredjeland", perspective: "juridik", topic: "sekretess", level: "ska", kravtyp: "KF", subject: "överföring till tredjeland", modelIds: ["m-test-dataskydd", "m-test-process"], conditions: { productTypes: ["cloud_saas"] } }),
  suggestion({ id: "s-test-ju-arkiv", perspective: "juridik", topic: "arkiv", level: "ska", kravtyp: "KF", subject: "arkivering och gallring" }),
  suggestion({ id: "s-test-ju-logg", perspective: "juridik", topic: "sakerhet", level: "bor", kravtyp: "TK", subject: "loggning av åtkomst", weight: 15 }),
  suggestion({ id: "s-test-am-risk", perspective: "arbetsmiljo", topic: "arbetsmiljo", level: "ska", kravtyp: "IN", subject: "riskbedömning med skyddsombud", conditions: { userGroups: ["staff"] } }),
  suggestion({ id: "s-test-am-utbildning", perspective: "arbetsmiljo", topic: "utbildning", level: "ska", kravtyp: "AV", subject: "utbildning av medarbetare" }),
  suggestion({ id: "s-test-am-stress", perspective: "arbetsmiljo", topic: "anvandbarhet", level: "bor", kravtyp: "TK", subject: "avbrott och dubbelarbete i gränssnittet", weight: 10 }),
  suggestion({ id: "s-test-or-exit", perspective: "organisation", topic: "exit", level: "ska", kravtyp: "AV", subject: "export av data vid avtalets slut" }),
  suggestion({ id: "s-test-or-forvaltning", perspective: "organisation", topic: "forvaltning", level: "ska", kravtyp: "AV", subject: "förvaltning och versionsbyten" }),
  suggestion({ id: "s-test-or-kontinuitet", perspective: "organisation", topic: "kontinuitet", level: "ska", kravtyp: "KF", subject: "kontinuitet vid kris", conditions: { critical: true } }),
  suggestion({ id: "s-test-or-inforande", perspective: "organisation", topic: "inforande", level: "bor", kravtyp: "TK", subject: "stöd vid införandet", weight: 10 }),
];

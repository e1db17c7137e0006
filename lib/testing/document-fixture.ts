import type { GuidanceModel } from "@/lib/catalog/schema";
import { buildDocumentData } from "@/lib/document/build";
import { translatorFor } from "@/lib/document/translate";
import type { DocumentRequirement, DocumentSource } from "@/lib/document/types";
import { loadMessages } from "@/lib/i18n/load-messages";
import { kravtyper, perspectives } from "@/lib/vocabulary";
import { sampleStart } from "@/lib/testing/sample-start";

// Fixed catalog models so the sources appendix is testable without the catalog.
export const fixtureModels: GuidanceModel[] = [
  {
    id: "m-dos-lagen",
    name: "Lag (2018:1937) om tillgänglighet till digital offentlig service",
    publisher: "Riksdagen",
    year: 2018,
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/",
    summary: "Lagen kräver att offentliga webbplatser och appar uppfyller tillgänglighetskraven i EN 301 549.",
    perspectives: ["kundnytta"],
    phases: ["KS"],
    kind: "law",
  },
  {
    id: "m-gdpr",
    name: "Dataskyddsförordningen (EU) 2016/679",
    publisher: "Europeiska unionen",
    year: 2016,
    url: "https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32016R0679",
    summary:
      "Förordningen reglerar behandling av personuppgifter, bland annat personuppgiftsbiträdesavtal och tredjelandsöverföring.",
    perspectives: ["juridik"],
    phases: ["KS", "AU"],
    kind: "law",
  },
  {
    id: "m-afs-2023-2",
    name: "Arbetsmiljöverkets föreskrifter om planering och organisering av arbetsmiljöarbete",
    publisher: "Arbetsmiljöverket",
    year: 2023,
    url: "https://www.av.se/arbetsmiljoarbete-och-inspektioner/publikationer/foreskrifter/afs-20232/",
    summary:
      "Föreskrifterna kräver riskbedömning före förändringar i verksamheten, till exempel när ett nytt IT-system införs.",
    perspectives: ["arbetsmiljo"],
    phases: ["BA"],
    kind: "law",
  },
  {
    id: "m-unused",
    name: "En modell som inget krav hänvisar till",
    publisher: "Ingen",
    year: 2020,
    url: "https://example.org/",
    summary: "Finns i katalogen men ska inte synas i bilagan eftersom inget krav hänvisar till den i fixturen.",
    perspectives: ["organisation"],
    phases: ["AU"],
    kind: "generic",
  },
];

export const getFixtureModel = (id: string) => fixtureModels.find((model) => model.id === id);

const skaTexts = [
  "Leverantören ska säkerställa att e-tjänsten uppfyller kraven i EN 301 549 på nivå AA för alla användargränssnitt.",
  "Personuppgifter ska lagras och behandlas inom EU/EES; ingen överföring till tredjeland utan beställarens skriftliga medgivande.",
  "Handläggarnas arbetsflöden ska kunna utföras utan dubbelregistrering mellan systemen.",
];
const borTexts = [
  "Systemet bör kunna visa ärendets status för den sökande på svenska och engelska, även i mobil.",
  "Leverantören bör erbjuda en öppen exportfunktion för all data i ett dokumenterat format vid avtalets slut.",
];

// `count` requirements spread over the four perspectives and the kravtyper,
// every third a bör-krav; the basis of the PDF tests and bench:pdf.
export function sampleRequirements(count: number): DocumentRequirement[] {
  return Array.from({ length: count }, (_, i) => {
    const perspective = perspectives[i % perspectives.length]!;
    const number = Math.floor(i / perspectives.length) + 1;
    const bor = i % 3 === 2;
    return {
      perspective,
      number,
      position: number,
      text: `${bor ? borTexts[i % borTexts.length] : skaTexts[i % skaTexts.length]} (${perspective} ${number})`,
      level: bor ? "bor" : "ska",
      kravtyp: kravtyper[Math.floor(i / 4) % 4]!,
      motiv: "Kravet följer av behovsanalysen och gäller alla användargrupper som beskrivs i inledningen.",
      verifikat: "Anbudsgivaren bifogar en beskrivning av hur kravet uppfylls samt en tillgänglighetsredogörelse.",
      uppfoljning: "Följs upp vid avtalets kvartalsmöten och vid leverantörens årliga rapport.",
      weight: bor ? 5 : null,
      modelIds: perspective === "kundnytta" ? ["m-dos-lagen"] : perspective === "juridik" ? ["m-gdpr"] : [],
    };
  });
}

export function sampleSource(count: number, overrides: Partial<DocumentSource> = {}): DocumentSource {
  const { title, ...context } = sampleStart;
  return {
    title,
    version: 3,
    context,
    answers: {
      kundnytta: { needs: "Invånare vill kunna söka färdtjänst utan att ringa.", channels: ["web", "mobile"] },
      juridik: { dpia: "planned", hosting: "eu" },
    },
    requirements: sampleRequirements(count),
    contact: { name: "Åsa Öberg", email: "asa.oberg@example.se" },
    ...overrides,
  };
}

export function sampleDocument(source: DocumentSource, locale: "sv" | "en" = "sv") {
  return buildDocumentData(source, {
    t: translatorFor(locale, loadMessages(locale)),
    lang: locale,
    formattedDate: locale === "sv" ? "25 november 2026" : "25 November 2026",
    getModel: getFixtureModel,
    // The fixture's version stands in for the export's sequence number.
    exportVersion: source.version,
  });
}

// `sampleRequirements` plus internal (IN) requirements on the buyer, which the
// bidder-facing formats must leave out.
export function withInternal(requirements: DocumentRequirement[], count = 2): DocumentRequirement[] {
  const internal = Array.from({ length: count }, (_, i): DocumentRequirement => ({
    perspective: perspectives[i % perspectives.length]!,
    number: 900 + i,
    position: 900 + i,
    text: `Beställaren ska själv utse en förvaltningsledare före avtalsstart (internt ${i + 1}).`,
    level: "ska",
    kravtyp: "IN",
    motiv: "Utan en utsedd förvaltare blir införandet ingens ansvar.",
    verifikat: "",
    uppfoljning: "Kontrolleras av projektledaren vid startmötet.",
    weight: null,
    modelIds: ["m-afs-2023-2"],
  }));
  return [...requirements, ...internal];
}

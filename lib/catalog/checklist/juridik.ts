import type { ChecklistDocument, ChecklistTopic, PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for juridik: the published specifications, templates and
// guides read on 2026-11-29, and the legal topics they contain, each mapped to
// the suggestions that cover it. A topic without suggestions is not covered.
const checkedAt = "2026-11-29";

const documents: readonly ChecklistDocument[] = [
  {
    id: "d-sundsvall-kravstallning",
    title: "Kravställning vid upphandling av it-stöd (bruttolista med krav)",
    publisher: "Sundsvalls kommun",
    year: 2022,
    url: "https://utveckling.sundsvall.se/modeller-och-metoder/kravstallning-vid-upphandling-av-it-stod/",
    checkedAt,
  },
  {
    id: "d-skr-molntjanster-avtal",
    title: "Vägledning molntjänster: Avtal och dokumentation",
    publisher: "Sveriges Kommuner och Regioner (SKR)",
    year: 2021,
    url: "https://skr.se/skr/skolakulturfritid/forskolagrundochgymnasieskola/digitaliseringskola/metoderochvagledningar/molntjanster/vagledningmolntjanster/avtalochdokumentation.9036.html",
    checkedAt,
  },
  {
    id: "d-skr-upphandlingsdokument",
    title: "Upphandlingsdokument, krav",
    publisher: "Sveriges Kommuner och Regioner (SKR)",
    year: 2022,
    url: "https://skr.se/skr/demokratiledningstyrning/upphandlinginkop/upphandlingsprocessenupphandlingsdokument/upphandlingsdokumentkrav.10279.html",
    checkedAt,
  },
  {
    id: "d-adda-pub-avtal",
    title: "Personuppgiftsbiträdesavtal (gemensam mall för SKR, Adda och Inera)",
    publisher: "SKR, Adda och Inera",
    year: 2023,
    url: "https://www.adda.se/om-webbplatsen/personuppgiftsbitradesavtal/",
    checkedAt,
  },
  {
    id: "d-esam-utkontraktering",
    title: "Vägledning Utkontraktering – sekretess och dataskydd (ES2023-06)",
    publisher: "eSamverkansprogrammet (eSam)",
    year: 2023,
    url: "https://www.esamverka.se/download/18.43a3add4188b9f2345a2fe78/1687332814480/ES2023-06%20V%C3%A4gledning%20Utkontraktering%20-%20sekretess%20och%20dataskydd.pdf",
    checkedAt,
  },
  {
    id: "d-esam-it-avtal",
    title: "It-avtal – en vägledning om it-tjänsternas avtal",
    publisher: "eSamverkansprogrammet (eSam)",
    year: 2020,
    url: "https://www.esamverka.se/publikationer.html",
    checkedAt,
  },
  {
    id: "d-mcf-upphandla-informationssakert",
    title: "Upphandla informationssäkert – en vägledning (MSB1177)",
    publisher: "Myndigheten för civilt försvar (MCF, tidigare MSB)",
    year: 2018,
    url: "https://www.mcf.se/sv/publikationer/upphandla-informationssakert--en-vagledning/",
    checkedAt,
  },
  {
    id: "d-dfo-skytjenester-sikkerhet",
    title: "Krav til informasjonssikkerhet ved kjøp av skytjenester",
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ)",
    year: 2019,
    url: "https://www.anskaffelser.no/hva-skal-du-kjope/it/skytjenester-cloud/krav-til-informasjonssikkerhet",
    checkedAt,
  },
  {
    id: "d-imy-atkomstkontroll",
    title: "Kontroll av åtkomst till uppgifter – för vårdgivare (checklista)",
    publisher: "Integritetsskyddsmyndigheten (IMY)",
    year: 2025,
    url: "https://www.imy.se/verksamhet/dataskydd/dataskydd-pa-olika-omraden/personuppgifter-inom-halso--och-sjukvarden/kontroll-av-atkomst-till-uppgifter---for-vardgivare2",
    checkedAt,
  },
  {
    id: "d-sater-arkivkrav",
    title: "Arkivkrav vid upphandling av verksamhetssystem",
    publisher: "Säters kommun",
    year: 2020,
    url: "https://sater.se/kommun-demokrati/e-arkiv/arkivkrav-vid-upphandling-av-verksamhetssystem",
    checkedAt,
  },
  {
    id: "d-um-arbetsrattsliga-villkor",
    title: "Arbetsrättsliga villkor enligt kollektivavtal: behövlighetsbedömning",
    publisher: "Upphandlingsmyndigheten",
    year: 2025,
    url: "https://www.upphandlingsmyndigheten.se/om-hallbar-upphandling/socialt-hallbar-upphandling/arbetsrattsliga-villkor/arbetsrattsliga-villkor-enligt-kollektivavtal/behovlighetsbedomning--nar-ska-villkoren-stallas/",
    checkedAt,
  },
  {
    id: "d-eu-mcc-ai",
    title: "EU AI Model Contractual Clauses (MCC-AI), uppdaterade 2025",
    publisher: "Europeiska kommissionen",
    year: 2025,
    url: "https://public-buyers-community.ec.europa.eu/communities/procurement-ai/resources/updated-eu-ai-model-contractual-clauses",
    checkedAt,
  },
];

type Row = [slug: string, topic: string, documentIds: ChecklistTopic["documentIds"], suggestionIds: readonly string[]];

// One row per topic: slug, the topic as the documents name it, where it was
// read, and the suggestions that cover it.
const rows: readonly Row[] = [
  [
    "proportionalitet",
    "Ska-krav prövas mot behovet; bruttolistor används aldrig rakt av",
    ["d-sundsvall-kravstallning", "d-skr-upphandlingsdokument"],
    ["s-ju-proportionalitet"],
  ],
  [
    "kvalificering",
    "Kvalificering: uteslutningsgrunder, ekonomisk ställning och referenser",
    ["d-skr-upphandlingsdokument"],
    ["s-ju-uteslutning", "s-ju-ekonomisk-stabilitet", "s-ju-referenser"],
  ],
  [
    "informationsklassning",
    "Informationsklassning och riskanalys som grund för säkerhetskraven",
    ["d-mcf-upphandla-informationssakert", "d-skr-molntjanster-avtal", "d-dfo-skytjenester-sikkerhet"],
    ["s-ju-informationsklassning"],
  ],
  [
    "pub-avtal",
    "Personuppgiftsbiträdesavtal med instruktion om behandlingen",
    ["d-adda-pub-avtal", "d-skr-molntjanster-avtal"],
    ["s-ju-pub-avtal"],
  ],
  ["underbitraden", "Underbiträden: förteckning och förhandsgodkännande", ["d-adda-pub-avtal"], ["s-ju-underbitraden"]],
  [
    "tredjeland",
    "Överföring av personuppgifter till tredjeland och standardavtalsklausuler",
    ["d-esam-utkontraktering", "d-skr-molntjanster-avtal"],
    ["s-ju-tredjelandsoverforing"],
  ],
  [
    "utlandsk-atkomst",
    "Lagringsort, ägarförhållanden och utländsk lagstiftning som ger åtkomst",
    ["d-esam-utkontraktering", "d-sundsvall-kravstallning"],
    ["s-ju-lagringsort-tredjeland", "s-ju-rojandebedomning", "s-ju-supportatkomst", "s-ju-utlandsk-begaran"],
  ],
  [
    "osl-utkontraktering",
    "Sekretess vid utkontraktering: utlämnande för teknisk bearbetning och lagring",
    ["d-esam-utkontraktering", "d-sundsvall-kravstallning"],
    ["s-ju-rojandebedomning", "s-ju-tystnadsplikt"],
  ],
  [
    "tystnadsplikt",
    "Tystnadsplikt för leverantörens personal och underleverantörer",
    ["d-esam-utkontraktering", "d-adda-pub-avtal"],
    ["s-ju-tystnadsplikt"],
  ],
  [
    "kryptering",
    "Kryptering och vem som kontrollerar nycklarna",
    ["d-esam-utkontraktering", "d-mcf-upphandla-informationssakert"],
    ["s-ju-kundnycklar"],
  ],
  [
    "dataanvandning",
    "Hur leverantören får använda kommunens data",
    ["d-skr-molntjanster-avtal", "d-adda-pub-avtal"],
    ["s-ju-sekundaranvandning", "s-ju-dataagande"],
  ],
  [
    "isms",
    "Ledningssystem för informationssäkerhet och certifikatets omfattning",
    ["d-dfo-skytjenester-sikkerhet", "d-mcf-upphandla-informationssakert"],
    ["s-ju-isms", "s-ju-isms-certifiering"],
  ],
  [
    "behorighet",
    "Behörighetstilldelning efter behovs- och riskanalys",
    ["d-imy-atkomstkontroll", "d-mcf-upphandla-informationssakert"],
    ["s-ju-behorighetsstyrning"],
  ],
  [
    "autentisering",
    "Säker identifiering och inloggning av användare",
    ["d-mcf-upphandla-informationssakert"],
    ["s-ju-stark-autentisering"],
  ],
  [
    "loggning",
    "Loggning av åtkomst till uppgifter",
    ["d-imy-atkomstkontroll", "d-mcf-upphandla-informationssakert"],
    ["s-ju-loggning"],
  ],
  [
    "logguppfoljning",
    "Systematisk och återkommande logguppföljning",
    ["d-imy-atkomstkontroll"],
    ["s-ju-logguppfoljning"],
  ],
  [
    "incidenter",
    "Incidenthantering och rapportering till kunden",
    ["d-mcf-upphandla-informationssakert", "d-adda-pub-avtal"],
    ["s-ju-incidentrapportering", "s-ju-sakerhetsovervakning"],
  ],
  [
    "revision",
    "Kundens rätt till granskning och revision av leverantören",
    ["d-adda-pub-avtal", "d-mcf-upphandla-informationssakert"],
    ["s-ju-revision", "s-ju-sakerhetstest"],
  ],
  [
    "arkivexport",
    "Export till e-arkiv med metadata i arkivbeständiga format",
    ["d-sater-arkivkrav"],
    ["s-ju-arkivexport"],
  ],
  ["gallring", "Bevarande och gallring enligt informationshanteringsplan", ["d-sater-arkivkrav"], ["s-ju-gallring"]],
  [
    "avtalsvillkor",
    "Kommunens avtalsvillkor mot leverantörens standard- och webbavtal",
    ["d-skr-molntjanster-avtal", "d-esam-it-avtal"],
    ["s-ju-avtalshandlingar"],
  ],
  ["ansvar", "Ansvarsbegränsning och försäkring", ["d-esam-it-avtal"], ["s-ju-ansvar-forsakring"]],
  ["sanktioner", "Vite, hävning och uppsägning", ["d-esam-it-avtal"], ["s-ju-vite-havning"]],
  [
    "underleverantorer",
    "Underleverantörer och leverantörens ansvar för dem",
    ["d-esam-it-avtal"],
    ["s-ju-underleverantorer"],
  ],
  [
    "exit",
    "Avslut, återlämnande av data och byte av leverantör",
    ["d-esam-it-avtal", "d-adda-pub-avtal"],
    ["s-ju-dataagande"],
  ],
  [
    "arbetsrattsliga-villkor",
    "Arbetsrättsliga villkor om lön, semester och arbetstid",
    ["d-um-arbetsrattsliga-villkor"],
    ["s-ju-arbetsrattsliga-villkor"],
  ],
  [
    "tillganglighet",
    "Tillgänglighet enligt lag och standard",
    ["d-sundsvall-kravstallning"],
    ["s-ju-tillganglighetsredogorelse"],
  ],
  [
    "ai-dokumentation",
    "AI: teknisk dokumentation, loggning och mänsklig tillsyn",
    ["d-eu-mcc-ai"],
    ["s-ju-ai-klausuler", "s-ju-ai-kommunens-ansvar"],
  ],
  [
    "ai-transparens",
    "AI: transparens och förklarbarhet gentemot den som berörs",
    ["d-eu-mcc-ai"],
    ["s-ju-ai-transparens"],
  ],
  ["ai-klassning", "AI: riskklassning och efterlevnad av AI-förordningen", ["d-eu-mcc-ai"], ["s-ju-ai-riskklass"]],
];

const topics: readonly ChecklistTopic[] = rows.map(([slug, topic, documentIds, suggestionIds]) => ({
  id: `t-ju-${slug}`,
  perspective: "juridik",
  topic,
  documentIds,
  suggestionIds,
}));

export const checklist: PerspectiveChecklist = { documents, topics };

import type { ChecklistDocument, ChecklistTopic, PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for organisation: topics read from published Swedish and
// Nordic specifications, standard agreements and guides for IT procurements,
// each mapped to the organisation suggestions that cover it.
const checkedAt = "2026-11-29";

const documents: readonly ChecklistDocument[] = [
  {
    id: "d-sundsvall-bruttolista",
    title: "Kravställning vid upphandling av it-stöd (bruttolista med krav)",
    publisher: "Sundsvalls kommun",
    year: 2023,
    url: "https://utveckling.sundsvall.se/modeller-och-metoder/kravstallning-vid-upphandling-av-it-stod/",
    checkedAt,
  },
  {
    id: "d-dfo-kravspesifikasjon-it",
    title: "Kravspesifisering av IT-systemer – kravspesifikasjon",
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ)",
    year: 2023,
    url: "https://anskaffelser.no/hva-skal-du-kjope/it/kravspesifisering-av-it-systemer/forberede-konkurransen/kravspesifikasjon",
    checkedAt,
  },
  {
    id: "d-dfo-ssa",
    title:
      "Statens standardavtaler (SSA-D driftsavtalen, SSA-V vedlikeholdsavtalen, SSA-L og SSA-sky) med bilag for kundens kravspesifikasjon",
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ)",
    year: 2022,
    url: "https://anskaffelser.no/avtaler-og-regelverk/statens-standardavtaler-ssa/velg-riktig-statens-standardavtale-ssa",
    checkedAt,
  },
  {
    id: "d-dfo-skytjenester-oppfolging",
    title: "Kontraktsoppfølging – kjøp av skytjenester",
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ)",
    year: 2019,
    url: "https://www.anskaffelser.no/hva-skal-du-kjope/it/skytjenester-cloud/hvilke-kontrakter-egner-seg/oppfolging-av-kontrakt",
    checkedAt,
  },
  {
    id: "d-esam-it-avtal",
    title: "It-avtal – en vägledning om it-tjänsternas avtal",
    publisher: "eSamverkansprogrammet (eSam)",
    year: 2020,
    url: "https://www.esamverka.se/stod-och-vagledning/vagledningar.html",
    checkedAt,
  },
  {
    id: "d-edtechkartan-att-kopa",
    title: "Att köpa edtech – ett stöd vid inköp och upphandling (avsnittet Avtalen)",
    publisher: "Swedish Edtech Industry",
    year: 2019,
    url: "https://edtechkartan.se/att-kopa-edtech/avtalen/",
    checkedAt,
  },
  {
    id: "d-stockholm-skolplattform-servicenivaer",
    title:
      "Skolplattform Stockholm: upphandlingsunderlag med avtalsvillkor, icke-funktionella krav och bilaga om servicenivåer",
    publisher: "Stockholms stad, utbildningsförvaltningen",
    // Announced in August 2013; the city publishes the documents on its own page.
    year: 2013,
    url: "https://start.stockholm/forskola-skola/skolplattformen/",
    checkedAt,
  },
  {
    id: "d-um-avtalsforvaltning",
    title: "Avtalsförvaltning och uppföljning – vad innebär det?",
    publisher: "Upphandlingsmyndigheten",
    year: 2024,
    url: "https://www.upphandlingsmyndigheten.se/inkopsprocessen/realisera-avtalet/avtalsforvaltning-och-uppfoljning--vad-innebar-det/",
    checkedAt,
  },
  {
    id: "d-um-andringar-avtal",
    title: "Ändringar av avtal",
    publisher: "Upphandlingsmyndigheten",
    year: 2024,
    url: "https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/olika-sorters-avtal-och-kontrakt/andringar-av-avtal",
    checkedAt,
  },
  {
    id: "d-sormland-verksamhetssystem",
    title: "Verksamhetssystem socialtjänst – upphandlingsprocessen",
    publisher: "Region Sörmland (samverkan med länets kommuner)",
    year: 2024,
    url: "https://samverkan.regionsormland.se/utveckling-och-samarbete/samverkan-socialtjanst-och-vard/utvecklingsarbeten-i-samverkan/verksamhetssystem-socialtjanst/upphandlingsprocessen",
    checkedAt,
  },
];

type Row = [slug: string, topic: string, documentIds: ChecklistTopic["documentIds"], suggestionIds: readonly string[]];

// [slug, topic as the documents name it, documents, covering suggestions]
const rows: readonly Row[] = [
  [
    "tillganglighet",
    "Tillgänglighet per månad med mätmetod, mätperiod och undantag",
    ["d-dfo-ssa", "d-stockholm-skolplattform-servicenivaer", "d-dfo-skytjenester-oppfolging"],
    ["s-or-tillganglighet-sla", "s-or-tillganglighet-mervarde"],
  ],
  [
    "felklasser",
    "Felklasser med svarstid och åtgärdstid",
    ["d-dfo-ssa", "d-stockholm-skolplattform-servicenivaer", "d-dfo-skytjenester-oppfolging"],
    ["s-or-felklasser", "s-or-felklass-kritisk", "s-or-felavhjalpning-mervarde"],
  ],
  [
    "support",
    "Support och servicedesk: öppettider, kontaktpunkt, eskalering",
    ["d-dfo-ssa", "d-stockholm-skolplattform-servicenivaer"],
    ["s-or-support", "s-or-supporttid-utokad"],
  ],
  [
    "servicefonster",
    "Servicefönster, planerat underhåll och driftinformation",
    ["d-dfo-ssa", "d-stockholm-skolplattform-servicenivaer"],
    ["s-or-driftinformation", "s-or-tillganglighet-sla"],
  ],
  [
    "problemhantering",
    "Problemhantering och rapport om orsak efter allvarliga fel",
    ["d-stockholm-skolplattform-servicenivaer", "d-dfo-ssa"],
    ["s-or-driftinformation"],
  ],
  [
    "rapportering",
    "Övervakning och rapportering av servicenivåer",
    ["d-dfo-ssa", "d-stockholm-skolplattform-servicenivaer", "d-dfo-skytjenester-oppfolging"],
    ["s-or-driftrapport", "s-or-overvakning"],
  ],
  [
    "sakerhetskopiering",
    "Säkerhetskopiering och återställning av data",
    ["d-stockholm-skolplattform-servicenivaer", "d-dfo-skytjenester-oppfolging", "d-dfo-ssa"],
    ["s-or-sakerhetskopiering", "s-or-sakerhetskopiering-kritisk", "s-or-datakopia-kommun"],
  ],
  [
    "beredskap",
    "Beredskaps- och kontinuitetsplaner och övningar",
    ["d-dfo-ssa"],
    ["s-or-kontinuitetsplan", "s-or-krisovning", "s-or-reservrutin", "s-or-kallkodsdeposition"],
  ],
  ["dokumentation", "Dokumentation av system, drift och användning", ["d-dfo-ssa"], ["s-or-dokumentation"]],
  [
    "versioner",
    "Nya versioner och releaser med varsel",
    ["d-dfo-ssa", "d-esam-it-avtal", "d-edtechkartan-att-kopa"],
    ["s-or-releaser", "s-or-versioner-ingar", "s-or-releaseval"],
  ],
  [
    "andringar",
    "Ändringshantering och vidareutveckling med offert och pris",
    ["d-dfo-ssa", "d-esam-it-avtal", "d-stockholm-skolplattform-servicenivaer", "d-edtechkartan-att-kopa"],
    ["s-or-andringsbegaran", "s-or-timpriser", "s-or-forvaltningsforum"],
  ],
  [
    "test",
    "Test före driftsättning, testmiljö och godkännande",
    ["d-dfo-ssa", "d-edtechkartan-att-kopa"],
    ["s-or-testmiljo", "s-or-regressionstest", "s-or-acceptanstest"],
  ],
  [
    "oppna-standarder",
    "Öppna standarder och utbytbara delar mot inlåsning",
    ["d-dfo-kravspesifikasjon-it", "d-sundsvall-bruttolista"],
    ["s-or-oppna-standarder", "s-or-modular", "s-or-tredjepartsberoenden"],
  ],
  [
    "integration",
    "Integration med andra system via dokumenterade gränssnitt",
    ["d-sundsvall-bruttolista", "d-dfo-ssa"],
    ["s-or-api-ingar", "s-or-api-versioner"],
  ],
  [
    "infrastruktur",
    "Anpassning till kommunens it-infrastruktur (inloggning och katalog)",
    ["d-sundsvall-bruttolista"],
    ["s-or-identitet"],
  ],
  [
    "prisjustering",
    "Prisjustering och prisregler under avtalstiden",
    ["d-esam-it-avtal"],
    ["s-or-prisjustering", "s-or-prismodell"],
  ],
  [
    "volym-faktura",
    "Volym och abonnemang efter behov, kontroll av faktura",
    ["d-dfo-skytjenester-oppfolging", "d-stockholm-skolplattform-servicenivaer"],
    ["s-or-licensmodell", "s-or-volym", "s-or-prismodell"],
  ],
  [
    "avtalsandringar",
    "Ändringar av avtal: optioner, ändringsklausuler och omorganisation",
    ["d-um-andringar-avtal", "d-edtechkartan-att-kopa"],
    ["s-or-andringsklausuler", "s-or-omorganisation", "s-or-volym", "s-or-samverkansoption"],
  ],
  [
    "avtalsforvaltning",
    "Avtalsförvaltning: möten, kontaktpersoner och avvikelser",
    ["d-um-avtalsforvaltning", "d-edtechkartan-att-kopa"],
    ["s-or-uppfoljningsplan", "s-or-avtalsansvarig", "s-or-nojdhetsmatning"],
  ],
  [
    "kundforum",
    "Kund- och användarforum för förvaltning och utveckling",
    ["d-dfo-ssa", "d-edtechkartan-att-kopa"],
    ["s-or-forvaltningsforum", "s-or-anvandarforening"],
  ],
  [
    "inforande",
    "Etablering och införande med plan, datakonvertering och pilot",
    ["d-dfo-ssa", "d-sormland-verksamhetssystem"],
    ["s-or-inforandeplan", "s-or-migrering", "s-or-pilot", "s-or-inforandemetod"],
  ],
  [
    "utbildning",
    "Utbildning av användare, superanvändare och administratörer",
    ["d-dfo-ssa", "d-dfo-skytjenester-oppfolging"],
    ["s-or-utbildning-admin", "s-or-utbildning-anvandare"],
  ],
  [
    "avslut",
    "Avslut av leveransen: export, överföring till ny leverantör och radering",
    ["d-dfo-ssa", "d-dfo-skytjenester-oppfolging", "d-esam-it-avtal"],
    ["s-or-exitplan", "s-or-dataexport", "s-or-overgangsperiod", "s-or-raderingsintyg", "s-or-molnbyte"],
  ],
  [
    "personal",
    "Leverantörens personal, kompetens och nyckelpersoner",
    ["d-dfo-ssa"],
    ["s-or-nyckelpersoner", "s-or-referensuppdrag"],
  ],
  ["tidig-dialog", "RFI och extern remiss före annonsering", ["d-sormland-verksamhetssystem"], ["s-or-tidig-dialog"]],
  [
    "organisation",
    "Organisation och budget för inköp, införande och förvaltning",
    ["d-edtechkartan-att-kopa"],
    ["s-or-arbetsgrupp"],
  ],
  [
    "samverkan",
    "Samverkan mellan kommuner och avrop från ramavtal",
    ["d-sormland-verksamhetssystem", "d-edtechkartan-att-kopa"],
    ["s-or-prova-samverkan", "s-or-samverkansoption", "s-or-avrop-ramavtal"],
  ],
  ["mal-nytta", "Mål och nyttor som ska följas upp", ["d-dfo-kravspesifikasjon-it"], ["s-or-nyttorealisering"]],
  // The guide asks for recurring security and penetration tests; that is a
  // security requirement (Juridik), and no organisation suggestion covers it.
  [
    "sakerhetstester",
    "Återkommande säkerhets- och penetrationstester under avtalstiden",
    ["d-edtechkartan-att-kopa"],
    [],
  ],
];

export const checklist: PerspectiveChecklist = {
  documents,
  topics: rows.map(([slug, topic, documentIds, suggestionIds]) => ({
    id: `t-or-${slug}` as const,
    perspective: "organisation" as const,
    topic,
    documentIds,
    suggestionIds,
  })),
};

import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the organisation suggestions (primary sources only).
const checkedAt = "2026-11-29";

export const organisationModels: readonly GuidanceModel[] = [
  {
    id: "m-dfo-ssa",
    kind: "generic",
    year: 2022,
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge",
    name: "Statens standardavtaler (SSA) för it: drift (SSA-D), molnbaserade lösningar (SSA-L) och molntjänster (SSA-sky)",
    url: "https://anskaffelser.no/avtaler-og-regelverk/statens-standardavtaler-ssa/velg-riktig-statens-standardavtale-ssa",
    summary:
      "Norska statens standardavtal för it-anskaffningar med bilagor för kundens kravspecifikation och tjänstenivå. Driftavtalet reglerar tjänstenivåer, felkategorier, rapportering, dokumentation, beredskapsplaner och övningar, nya versioner och ändringar; molnavtalen reglerar tillägg som konfigurering, datakonvertering, integrationer och nya versioner. Används här som nordisk förebild för drift- och förvaltningsvillkor.",
    perspectives: ["organisation"],
    phases: ["KS", "AU"],
    checkedAt,
    unverified:
      "Årtalet avser SSA-sky (2022); de enskilda avtalen har egna versioner som inte är kontrollerade var för sig.",
  },
  {
    id: "m-dfo-kravspesifikasjon",
    kind: "digital",
    year: 2023,
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge",
    name: "Kravspesifisering av IT-systemer – kravspesifikasjon",
    url: "https://anskaffelser.no/hva-skal-du-kjope/it/kravspesifisering-av-it-systemer/forberede-konkurransen/kravspesifikasjon",
    summary:
      "DFØ:s vägledning för kravspecifikation vid köp av it-system: beskriv mål och nyttor, nuläge och organisation, använd öppna standarder för att undvika inlåsning och möjliggöra samverkan, och ställ krav på integration, drift och förvaltning.",
    perspectives: ["organisation"],
    phases: ["BA", "KS"],
    checkedAt,
    unverified: "Publiceringsåret framgår inte av sidan; 2023 är en uppskattning.",
  },
  {
    id: "m-dfo-skytjenester-oppfolging",
    kind: "digital",
    year: 2019,
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge",
    name: "Kontraktsoppfølging – kjøp av skytjenester",
    url: "https://www.anskaffelser.no/hva-skal-du-kjope/it/skytjenester-cloud/hvilke-kontrakter-egner-seg/oppfolging-av-kontrakt",
    summary:
      "DFØ:s råd för uppföljning av avtal om molntjänster (publicerat 2017, ändrat 2019): bestäm vem hos kunden som kontrollerar tillgänglighet och svarstider, säkerhet, utbildning och superanvändare, fel och brister, att abonnemang och volym motsvarar behovet och att fakturorna stämmer, och pröva villkoren för migrering av data och för dataförlust.",
    perspectives: ["organisation"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-um-andringar-avtal",
    kind: "generic",
    year: 2024,
    publisher: "Upphandlingsmyndigheten",
    name: "Ändringar av avtal",
    url: "https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/olika-sorters-avtal-och-kontrakt/andringar-av-avtal",
    summary:
      "Förklarar när ett upphandlat kontrakt eller ramavtal får ändras utan ny upphandling: ändringar av mindre värde, ändrings- och optionsklausuler som angetts i de ursprungliga upphandlingsdokumenten, kompletterande beställningar, oförutsebara omständigheter, byte av leverantör och ändringar som inte är väsentliga.",
    perspectives: ["organisation", "juridik"],
    phases: ["KS", "AU"],
    checkedAt,
    unverified: "Sidan anger inget publiceringsår; 2024 är en uppskattning.",
  },
  {
    id: "m-imy-sakerhetskopiering",
    kind: "aspect",
    year: 2024,
    publisher: "Integritetsskyddsmyndigheten (IMY)",
    name: "Säkerhetskopiering",
    url: "https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/informationssakerhet/sakerhetskopiering/",
    summary:
      "IMY beskriver säkerhetskopiering som en skyddsåtgärd: analysera vilka system och data som ska kopieras, hur ofta och hur länge, dokumentera rutinerna, förvara kopiorna avskilt och lika väl skyddade som originalen, och testa återläsning regelbundet.",
    perspectives: ["organisation"],
    phases: ["KS", "AU"],
    checkedAt,
    unverified: "Sidan anger inget publiceringsår; 2024 är en uppskattning.",
  },
  {
    id: "m-digg-rest-api-profil",
    kind: "digital",
    year: 2023,
    publisher: "Myndigheten för digital förvaltning (Digg)",
    name: "REST API-profil för offentlig förvaltning",
    url: "https://www.dataportal.se/rest-api-profil/om-rest-api-profilen",
    summary:
      "Nationell profil med SKALL- och BÖR-krav för REST-API:er som ska användas mellan organisationer och myndigheter, bland annat om dokumentation, versionshantering, felhantering och säkerhet. Uppdateras löpande med en bilaga för att stämma av ett API mot kraven.",
    perspectives: ["organisation"],
    phases: ["KS", "AU"],
    checkedAt,
    unverified: "Versionen och utgivningsåret för den gällande profilen är inte kontrollerade.",
  },
  {
    id: "m-spraklagen",
    kind: "law",
    year: 2009,
    publisher: "Riksdagen",
    name: "Språklag (2009:600)",
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/spraklag-2009600_sfs-2009-600/",
    summary:
      "Svenska är huvudspråk i Sverige. Enligt 10 § är språket i domstolar, förvaltningsmyndigheter och andra organ som fullgör uppgifter i offentlig verksamhet svenska, och enligt 11 § ska språket där vara vårdat och begripligt.",
    perspectives: ["organisation", "kundnytta"],
    phases: ["KS"],
    checkedAt,
    unverified:
      "Lagtexten (10–11 §§) är läst i en återgivning av Regeringskansliets rättsdatabas; adressen på riksdagen.se är inte öppnad.",
  },
  {
    id: "m-eed-2023-1791",
    kind: "law",
    year: 2023,
    publisher: "Europeiska unionen",
    name: "Energieffektiviseringsdirektivet (EU) 2023/1791",
    url: "https://eur-lex.europa.eu/eli/dir/2023/1791/oj",
    summary:
      "Direktivet om energieffektivitet. Artikel 12 kräver att ägare och operatörer av datacenter med minst 500 kW installerad IT-effekt varje år offentliggör uppgifter om energiprestanda enligt bilaga VII och rapporterar till en europeisk databas.",
    perspectives: ["organisation"],
    phases: ["KS", "UV"],
    checkedAt,
  },
];

import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the kundnytta suggestions (primary sources only).
// Summaries are our own words, read against the publisher's page on checkedAt.
// As in models-core.ts, an undated living web page carries the year of the
// version first catalogued (here the year we read it); checkedAt says when.

const checkedAt = "2026-11-29";

export const kundnyttaModels: readonly GuidanceModel[] = [
  {
    id: "m-digst-faelles-krav",
    kind: "digital",
    year: 2019,
    publisher: "Digitaliseringsstyrelsen (Danmark)",
    name: "Fælles krav til digitale løsninger: stöd för operativsystem och webbläsare (krav nr 6)",
    url: "https://arkitektur.digst.dk/node/707",
    summary:
      "Danska gemensamma krav på offentliga självbetjäningslösningar. Lösningen ska fungera på de fyra webbläsare och operativsystem som användarna oftast använder på datorer och de tre vanligaste på mobila enheter, utan att användaren behöver installera tillägg. Kraven grundas på mätning av vad användarna faktiskt använder.",
    perspectives: ["kundnytta"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-suomidigi-kompatibilitet",
    kind: "digital",
    year: 2019,
    publisher: "Myndigheten för digitalisering och befolkningsdata (Finland), Suomidigi",
    name: "Lagen om tillhandahållande av digitala tjänster (306/2019): kompatibilitet med webbläsare och förbindelser",
    url: "https://www.suomidigi.fi/sv/lainsaadanto/laki-digitaalisten-palvelujen-tarjoamisesta-luku-2-viranomaisten-digitaalisten-palvelujen-jarjestaminen-yleisolle/se-till-att-de-digitala",
    summary:
      "Finsk vägledning om att myndigheters digitala tjänster ska fungera med allmänt använda webbläsare, hjälpprogram och kommunikationsförbindelser. Som riktvärde för en allmänt använd förbindelse anges 2 Mbit/s, och testerna ska dokumenteras så att myndigheten kan visa att kravet uppfylls.",
    perspectives: ["kundnytta"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-dfo-universell-utforming",
    kind: "aspect",
    year: 2026,
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge",
    name: "Krav om universell utforming i anskaffelser av IT",
    url: "https://anskaffelser.no/hva-skal-du-kjope/it/krav-om-universell-utforming-i-anskaffelser-av-it",
    summary:
      "Norsk vägledning om tillgänglighetskrav när webbplatser, appar och automater upphandlas: leverantören ska testa tillgängligheten under utvecklingen, före acceptanstest, och dokumentera hur kraven uppfylls, och anbuden kan värderas efter hur lösningen hålls tillgänglig efter driftstart.",
    perspectives: ["kundnytta"],
    phases: ["KS", "UV", "AU"],
    checkedAt,
  },
  {
    id: "m-eidas",
    kind: "law",
    year: 2014,
    publisher: "Europeiska unionen",
    name: "eIDAS-förordningen (EU) nr 910/2014 om elektronisk identifiering och betrodda tjänster",
    url: "https://eur-lex.europa.eu/eli/reg/2014/910/oj",
    summary:
      "Kräver att en offentlig e-tjänst som kräver elektronisk identifiering på tillitsnivå väsentlig eller hög också godtar e-legitimationer som andra EU-länder anmält på minst den nivån. Gäller därför kommunala e-tjänster med inloggning.",
    perspectives: ["kundnytta", "juridik"],
    phases: ["KS"],
    checkedAt,
  },
  {
    id: "m-digg-e-legitimation",
    kind: "digital",
    year: 2019,
    publisher: "Myndigheten för digital förvaltning (DIGG)",
    name: "E-legitimation: kvalitetsmärket Svensk e-legitimation och fullmakter",
    url: "https://elegitimation.se/fragorochsvar/allmannafragor.4.769a0b711614b669f29504.html",
    summary:
      "DIGG granskar utfärdare av e-legitimation mot tillitsramverket och placerar dem i tillitsnivåer under kvalitetsmärket Svensk e-legitimation. Sidan förklarar också att den som företräder någon annan ska logga in med sin egen e-legitimation och ha fullmakt, inte låna den andras.",
    perspectives: ["kundnytta"],
    phases: ["KS"],
    checkedAt,
  },
  {
    id: "m-boverket-fullmakter",
    kind: "aspect",
    year: 2026,
    publisher: "Boverket",
    name: "Fullmakter i samhällsbyggnadsprocessen (PBL kunskapsbanken)",
    url: "https://boverket.se/sv/PBL-kunskapsbanken/teman/fullmakter",
    summary:
      "Beskriver varför e-tjänster för lov och bygg behöver digitala fullmakter: sökande vill att konsulter och andra ombud ska kunna följa och komplettera ärendet. Pekar på tjänsten Mina ombud inom Ena och på förvaltningslagens regel om att en myndighet får begära att ett ombud styrker sin behörighet med fullmakt.",
    perspectives: ["kundnytta"],
    phases: ["KS"],
    checkedAt,
  },
  {
    id: "m-digg-digital-post",
    kind: "digital",
    year: 2026,
    publisher: "Myndigheten för digital förvaltning (DIGG)",
    name: "Digital post för offentliga aktörer: så fungerar Mina meddelanden",
    url: "https://digg.se/digitala-tjanster/digital-post/digital-post-for-dig-som-offentlig-aktor/sa-har-funkar-det",
    summary:
      "Offentliga aktörer skickar digital post via infrastrukturen Mina meddelanden. Avsändaren slår upp mottagaren i Förmedlingsadressregistret, meddelandet signeras och levereras till den brevlåda mottagaren valt, och avsändaren får en kvittens när det kommit fram.",
    perspectives: ["kundnytta"],
    phases: ["KS"],
    checkedAt,
  },
  {
    id: "m-isof-spraklagen",
    kind: "law",
    year: 2009,
    publisher: "Institutet för språk och folkminnen (Isof)",
    name: "Språklagen (2009:600): vad lagen reglerar",
    url: "https://www.isof.se/stod-och-sprakrad/vanliga-fragor-och-svar/fragor-och-svar/vad-reglerar-spraklagen",
    summary:
      "Språklagen gör svenska till huvudspråk, ger finska, jiddisch, meänkieli, romani chib och samiska ställning som nationella minoritetsspråk och ställer krav på klarspråk i all offentlig verksamhet. Isof ger stöd för klarspråksarbete.",
    perspectives: ["kundnytta"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-skr-infor-upphandling",
    kind: "generic",
    year: 2020,
    publisher: "Sveriges Kommuner och Regioner (SKR)",
    name: "Att göra inför en upphandling, checklista",
    url: "https://skr.se/demokratiledningstyrning/upphandling/strategiskstyrningforsorjningsstrategi/inforupphandlingstyrdokument/attgorainnanupphandling.11719.html",
    summary:
      "SKR:s checklista inför en upphandling: involvera slutanvändarna i behovsanalysen med intervjuer och enkäter, för dialog med leverantörer och användare, och gör en risk- och konsekvensanalys innan upphandlingsdokumentet tas fram.",
    perspectives: ["kundnytta"],
    phases: ["BA", "MD"],
    checkedAt,
  },
  {
    id: "m-riksrevisionen-digitala-tjanster",
    kind: "aspect",
    year: 2023,
    publisher: "Riksrevisionen",
    name: "Digitala tjänster till privatpersoner – stora utvecklingsmöjligheter för statliga myndigheter (kap. 4)",
    url: "https://www.riksrevisionen.se/rapporter/granskningsrapporter/2023/digitala-tjanster-till-privatpersoner---stora-utvecklingsmojligheter-for-statliga-myndigheter/4.-anvandbarhet-tillganglighet-och-service.html",
    summary:
      "Granskningen av tio digitala tjänster fann brister i användbarhet och tillgänglighet, till exempel svåra begrepp, ansökningar som inte går att pausa och få sätt att kontakta myndigheten, och att myndigheterna är långt från målet att användaren bara ska lämna en uppgift en gång.",
    perspectives: ["kundnytta"],
    phases: ["BA", "KS", "AU"],
    checkedAt,
  },
];

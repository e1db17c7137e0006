import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the juridik suggestions (primary sources only).
// Laws link to riksdagen.se or Regeringskansliets rättsdatabaser, EU acts to
// EUR-Lex, guidance to the publishing authority's own page.
const checkedAt = "2026-11-29";

export const juridikModels: readonly GuidanceModel[] = [
  {
    id: "m-tystnadsplikt-utkontraktering",
    kind: "law",
    year: 2020,
    publisher: "Riksdagen",
    name: "Lag (2020:914) om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter",
    url: "https://rkrattsbaser.gov.se/sfst?bet=2020:914",
    summary:
      "Ger straffsanktionerad tystnadsplikt för den som på uppdrag av en myndighet tekniskt bearbetar eller lagrar uppgifter, och för dennes personal och underleverantörer. Lagen är den andra länken i den rättsliga kedjan när kommunen lämnar sekretessbelagda uppgifter till en leverantör enligt 10 kap. 2 a § offentlighets- och sekretesslagen.",
    perspectives: ["juridik"],
    phases: ["BA", "KS"],
    checkedAt,
  },
  {
    id: "m-patientdatalagen",
    kind: "law",
    year: 2008,
    publisher: "Riksdagen; föreskrifter: Socialstyrelsen (HSLF-FS 2016:40)",
    name: "Patientdatalag (2008:355)",
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/patientdatalag-2008355_sfs-2008-355/",
    summary:
      "Reglerar vårdgivares behandling av personuppgifter. Vårdgivaren ska begränsa behörigheten till vad medarbetaren behöver (4 kap. 2 §), se till att åtkomst dokumenteras och kan kontrolleras och göra systematiska och återkommande kontroller av obehörig åtkomst (4 kap. 3 §). Socialstyrelsens föreskrifter HSLF-FS 2016:40 kräver stark autentisering och anger vad loggarna ska innehålla.",
    perspectives: ["juridik"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-imy-atkomstkontroll",
    kind: "aspect",
    year: 2025,
    publisher: "Integritetsskyddsmyndigheten (IMY)",
    name: "Kontroll av åtkomst till uppgifter – för vårdgivare",
    url: "https://www.imy.se/verksamhet/dataskydd/dataskydd-pa-olika-omraden/personuppgifter-inom-halso--och-sjukvarden/kontroll-av-atkomst-till-uppgifter---for-vardgivare2",
    summary:
      "IMY:s checklista för systematisk logguppföljning: informera personalen, kontrollera att loggarna innehåller det som föreskrifterna kräver, fastställ en skriftlig rutin för uppföljningen och dokumentera kontrollerna. IMY betonar att behörigheter ska bygga på en behovs- och riskanalys, inte enbart på yrkeskategori.",
    perspectives: ["juridik"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-edpb-overforing",
    kind: "aspect",
    year: 2021,
    publisher: "Europeiska dataskyddsstyrelsen (EDPB)",
    name: "Rekommendationer 01/2020 om kompletterande åtgärder vid överföring till tredjeland (version 2.0)",
    url: "https://www.edpb.europa.eu/our-work-tools/our-documents/recommendations/recommendations-012020-measures-supplement-transfer_en",
    summary:
      "EDPB:s stöd efter EU-domstolens dom Schrems II (C-311/18): den som överför personuppgifter till tredjeland ska kartlägga överföringarna, identifiera överföringsmekanism enligt kapitel V i dataskyddsförordningen, bedöma mottagarlandets lag och praxis (överföringsbedömning), vidta kompletterande tekniska, avtalsmässiga och organisatoriska åtgärder där bedömningen visar brister, och ompröva bedömningen.",
    perspectives: ["juridik"],
    phases: ["BA", "KS"],
    checkedAt,
    unverified:
      "Adressen till EDPB:s sida är inte öppnad här; innehållet är kontrollerat mot andrahandsbeskrivningar av version 2.0 (2021-06-18).",
  },
  {
    id: "m-eu-us-dpf",
    kind: "law",
    year: 2023,
    publisher: "Europeiska kommissionen",
    name: "Beslut (EU) 2023/1795 om adekvat skyddsnivå enligt EU–US Data Privacy Framework",
    url: "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj",
    summary:
      "Kommissionens beslut om att USA har adekvat skyddsnivå för personuppgifter som överförs till organisationer som är certifierade enligt EU–US Data Privacy Framework. Överföring till en mottagare som inte är certifierad kräver annan grund i kapitel V i dataskyddsförordningen, till exempel standardavtalsklausuler med överföringsbedömning.",
    perspectives: ["juridik"],
    phases: ["KS", "AU"],
    checkedAt,
  },
  {
    id: "m-um-arbetsrattsliga-villkor",
    kind: "generic",
    year: 2025,
    publisher: "Upphandlingsmyndigheten",
    name: "Arbetsrättsliga villkor enligt kollektivavtal: behövlighetsbedömning",
    url: "https://www.upphandlingsmyndigheten.se/om-hallbar-upphandling/socialt-hallbar-upphandling/arbetsrattsliga-villkor/arbetsrattsliga-villkor-enligt-kollektivavtal/behovlighetsbedomning--nar-ska-villkoren-stallas/",
    summary:
      "Stöd för när villkor om lön, semester och arbetstid ska ställas enligt 17 kap. 2–5 §§ LOU: i upphandlingar över tröskelvärdena, när det är behövligt och villkoren går att fastställa. Nivån hämtas från ett centralt kollektivavtal; behovet bedöms som en riskanalys i samband med marknadsanalysen.",
    perspectives: ["juridik"],
    phases: ["BA", "KS", "AU"],
    checkedAt,
  },
  {
    id: "m-tryckfrihetsforordningen",
    kind: "law",
    year: 2019,
    publisher: "Riksdagen",
    name: "Tryckfrihetsförordningen (1949:105), 2 kap. om allmänna handlingars offentlighet",
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/tryckfrihetsforordning-1949105_sfs-1949-105/",
    summary:
      "Grundlagen ger var och en rätt att ta del av allmänna handlingar. En handling som förvaras hos kommunen, även i ett system som en leverantör driftar, kan vara allmän; en begäran ska prövas skyndsamt och uppgifter som omfattas av sekretess maskeras innan handlingen lämnas ut.",
    perspectives: ["juridik"],
    phases: ["KS", "AU"],
    checkedAt,
    unverified:
      "Årtalet avser den omarbetade lydelse som gäller sedan 2019-01-01 (SFS 2018:1801) och är inte kontrollerat mot lagtexten.",
  },
];

import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the arbetsmiljo suggestions, each on the
// publisher's own page. Own words; read 2026-11-29 in stored copies of the
// pages (the live sites could not be opened from the work environment).
const checkedAt = "2026-11-29";

export const arbetsmiljoModels: readonly GuidanceModel[] = [
  {
    id: "m-mbl",
    kind: "law",
    year: 1976,
    publisher: "Riksdagen",
    checkedAt,
    name: "Lag (1976:580) om medbestämmande i arbetslivet (MBL)",
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-1976580-om-medbestammande-i-arbetslivet_sfs-1976-580/",
    summary:
      "Arbetsgivaren ska förhandla med arbetstagarorganisationen innan beslut om viktigare förändringar av verksamheten eller av enskilda arbetstagares arbets- eller anställningsförhållanden (11 §) och löpande informera om hur verksamheten utvecklas och om riktlinjerna för personalpolitiken (19 §). Ett nytt verksamhetssystem eller nya sätt att följa upp medarbetare är typiska sådana förändringar.",
    perspectives: ["arbetsmiljo", "organisation"],
    phases: ["BA", "AU"],
  },
  {
    id: "m-afs-2023-11",
    kind: "law",
    year: 2023,
    publisher: "Arbetsmiljöverket",
    checkedAt,
    name: "AFS 2023:11 Arbetsutrustning och personlig skyddsutrustning – säker användning (reglerna om arbete vid bildskärm)",
    url: "https://www.av.se/arbetsmiljoarbete-och-inspektioner/publikationer/foreskrifter/afs-202311/",
    summary:
      "Gäller sedan 2025-01-01 och innehåller i ett eget kapitel de regler om arbete vid bildskärm som tidigare var en egen föreskrift: programvara och system ska vara anpassade till arbetsuppgiften och användaren, ge återkoppling och visa information i en takt och form som passar användaren, och arbetet ska planeras så att det medger variation och pauser.",
    perspectives: ["arbetsmiljo", "kundnytta"],
    phases: ["KS", "UV", "AU"],
    unverified:
      "Att bildskärmsreglerna fördes till AFS 2023:11 bygger på Arbetsmiljöverkets paragrafnyckel så som den återges i andrahandskällor; kapitelnumret har inte lästs i föreskriften på av.se.",
  },
  {
    id: "m-afs-2023-10",
    kind: "law",
    year: 2023,
    publisher: "Arbetsmiljöverket",
    checkedAt,
    name: "AFS 2023:10 Risker i arbetsmiljön (belastningsergonomi)",
    url: "https://www.av.se/arbetsmiljoarbete-och-inspektioner/publikationer/foreskrifter/afs-202310/",
    summary:
      "Gäller sedan 2025-01-01 och samlar reglerna om risker i arbetsmiljön, bland dem belastningsergonomi: arbetsgivaren ska bedöma och förebygga risker för belastningsbesvär, till exempel av utrustning som bärs, hålls eller används i ogynnsamma arbetsställningar.",
    perspectives: ["arbetsmiljo"],
    phases: ["KS", "UV"],
    unverified:
      "Adressen följer av.se:s mönster för de nya föreskrifterna och har inte kunnat öppnas; kapitlet om belastningsergonomi är identifierat via andrahandskällor.",
  },
  {
    id: "m-av-bildskarmsarbete",
    kind: "aspect",
    year: 2025,
    publisher: "Arbetsmiljöverket",
    checkedAt,
    name: "Dator- och bildskärmsarbete (Arbetsmiljöverkets temasidor)",
    url: "https://www.av.se/inomhusmiljo/dator--och-bildskarmsarbete-ny/",
    summary:
      "Arbetsmiljöverkets vägledning om risker vid dator- och bildskärmsarbete: utrustningens utformning, arbetsplatsens placering, arbetets organisering med variation och återhämtning, användbarhet hos programvaror och system samt vilka kunskaper arbetsgivaren ska se till att medarbetarna har.",
    perspectives: ["arbetsmiljo"],
    phases: ["BA", "KS", "AU"],
  },
  {
    id: "m-av-digitalt-arbetsliv",
    kind: "aspect",
    year: 2023,
    publisher: "Arbetsmiljöverket och Myndigheten för arbetsmiljökunskap (Mynak)",
    checkedAt,
    name: "Friska arbetsplatser i ett digitalt arbetsliv 2023–2025 (EU-kampanj)",
    url: "https://www.av.se/arbetsmiljoarbete-och-inspektioner/inspektioner-utredningar-och-kontroller/inspektion/aktuella-inspektioner/eu-kampanj-20232025-friska-arbetsplatser-i-ett-digitalt-arbetsliv/",
    summary:
      "Arbetsmiljöverkets sida om EU-Oshas kampanj, som Mynak samordnar i Sverige, med årsteman om digitala arbetssätt (2023), chefens roll i det digitala arbetslivet (2024) och teknikens påverkan på arbetsmiljön (2025) – bland annat distansarbete, digital övervakning och styrning av arbetet med hjälp av algoritmer.",
    perspectives: ["arbetsmiljo"],
    phases: ["BA", "AU"],
  },
  {
    id: "m-digironden",
    kind: "aspect",
    year: 2019,
    publisher: "Suntarbetsliv (SKR, Sobona och fackförbunden i kommuner och regioner)",
    checkedAt,
    name: "Digironden – stöd för digital arbetsmiljö och digitala skyddsronder",
    url: "https://digironden.suntarbetsliv.se/om-digital-arbetsmiljo/",
    summary:
      "Partsgemensamt stöd för kommuner och regioner med skyddsronder i tre delar: är systemen anpassade till människan, ger de stöd för verksamheten och fungerar tekniken. Tar upp kognitiv belastning av avbrott, aviseringar, många inloggningar och system som inte hänger ihop, och beskriver roller och ansvar för chef, skyddsombud och IT.",
    perspectives: ["arbetsmiljo", "organisation"],
    phases: ["BA", "KS", "AU"],
  },
];

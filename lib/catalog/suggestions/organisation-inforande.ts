import type { Suggestion } from "@/lib/catalog/schema";

// Organisation, part 5: introduction (migration, acceptance, pilot),
// training, exit (export, transition, deletion) and data-centre energy.
const p = "organisation" as const;
const checkedAt = "2026-11-29";

export const organisationInforande: readonly Suggestion[] = [
  {
    id: "s-or-dataexport", title: "Export av all data i öppna, dokumenterade format", perspective: p, topic: "exit", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Kommunen ska när som helst under avtalstiden och vid avtalets slut kunna exportera all sin data, inklusive dokument, metadata, behörigheter och loggar, i öppna och dokumenterade format (till exempel CSV, JSON eller XML för strukturerade uppgifter och PDF/A eller likvärdigt för dokument), med en beskrivning av datastrukturen. En fullständig export per år och exporten vid avtalets slut ska ingå i priset.",
    motiv: "Utan en fullständig export i läsbara format kan kommunen inte byta leverantör eller arkivera, enligt Konkurrensverkets rapport om inlåsning, Diggs rekommendationer för upphandling av data och dataförordningen (EU) 2023/2854.",
    verifikat: "Anbudsgivaren beskriver exportfunktionen och bifogar beskrivning av format och datastruktur.",
    uppfoljning: "En provexport görs under första avtalsåret och kontrolleras mot datastrukturen.",
    modelIds: ["m-kkv-inlasning", "m-digg-upphandling-data", "m-data-act"], conditions: {},
  },
  {
    id: "s-or-overgangsperiod", title: "Övergångsperiod och samarbete med ny leverantör", perspective: p, topic: "exit", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska på kommunens begäran fortsätta att leverera tjänsten på oförändrade villkor i upp till sex månader efter avtalets slut och under den tiden samarbeta med kommunen och en ny leverantör om överföring av data, integrationer och kunskap, till prisbilagans timpriser.",
    motiv: "Ett byte av system tar tid och kräver parallell drift; eSams vägledning om it-avtal och DFØ:s standardavtal tar upp bistånd vid avslut, och dataförordningen (EU) 2023/2854 ger en övergångsperiod vid byte av molntjänst.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Övergångsperioden planeras i exitplanen och följs upp vid avtalets slut.",
    modelIds: ["m-esam-it-avtal", "m-dfo-ssa", "m-data-act"], conditions: {},
  },
  {
    id: "s-or-raderingsintyg", title: "Radering av kommunens data med intyg", perspective: p, topic: "exit", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "När kommunen skriftligen har bekräftat att exporten vid avtalets slut är fullständig ska leverantören inom 30 dagar radera kommunens data i produktions- och testmiljöer, och i säkerhetskopior senast när de roteras ut, dock inom 90 dagar, och lämna ett skriftligt raderingsintyg som anger vad som raderats, hur och när, även hos underleverantörer.",
    motiv: "Enligt artikel 28.3 g i dataskyddsförordningen ska ett personuppgiftsbiträde radera eller återlämna personuppgifterna när tjänsten upphör; eSams vägledning om it-avtal tar upp hur samarbetet avslutas, och ett intyg gör raderingen möjlig att kontrollera.",
    verifikat: "Anbudsgivaren bekräftar villkoret och bifogar exempel på raderingsintyg.",
    uppfoljning: "Raderingsintyget arkiveras i avtalsakten.",
    modelIds: ["m-gdpr", "m-esam-it-avtal"], conditions: {},
  },
  {
    id: "s-or-migrering", title: "Datamigrering med provmigrering och kontroll", perspective: p, topic: "inforande", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska flytta de uppgifter från kommunens nuvarande system som anges i bilaga enligt en migreringsplan, genomföra minst en provmigrering och visa att migreringen är fullständig och korrekt genom avstämning av antal poster och kontrollsummor samt stickprov som kommunen väljer. Driftsättning får ske först när kommunen har godkänt resultatet.",
    motiv: "Fel som följer med i en migrering upptäcks ofta först i handläggningen; DFØ:s standardavtal för molnbaserade lösningar tar upp datakonvertering som en del av etableringen, och DFØ:s råd om molntjänster pekar på villkoren för migrering av data.",
    verifikat: "Anbudsgivaren beskriver metod för migrering och verifiering och bifogar exempel på migreringsrapport.",
    uppfoljning: "Migreringsrapporten godkänns av kommunen och arkiveras i avtalsakten.",
    modelIds: ["m-dfo-ssa", "m-dfo-skytjenester-oppfolging"], conditions: {},
  },
  {
    id: "s-or-acceptanstest", title: "Acceptanstest innan leveransen godkänns", perspective: p, topic: "inforande", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Kommunen ska få genomföra ett acceptanstest under 30 dagar enligt en testplan som parterna kommer överens om. Leveransen är godkänd först när inga fel i prioritet 1 eller 2 återstår, och betalning för införandet förfaller först efter godkännandet.",
    motiv: "Ett acceptanstest med angivna kriterier för godkännande ger kommunen ett tillfälle att kontrollera leveransen innan den betalas; DFØ:s standardavtal och Prevents Inför rätt IT beskriver test och godkännande som ett steg i införandet.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Testprotokoll och beslut om godkännande arkiveras i avtalsakten.",
    modelIds: ["m-dfo-ssa", "m-prevent-infor-ratt-it"], conditions: {},
  },
  {
    id: "s-or-utbildning-admin", title: "Utbildning för systemförvaltare och administratörer", perspective: p, topic: "utbildning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska före driftstart utbilda kommunens systemförvaltare och administratörer på svenska i konfiguration, behörighetsadministration, felsökning och integrationer, i den omfattning som anges i prisbilagan, och lämna utbildningsmaterial som kommunen får använda internt.",
    motiv: "Kommunens förvaltning måste klara den dagliga administrationen utan att köpa konsulttimmar för varje ändring; Prevents Inför rätt IT och pm3 beskriver utbildning av förvaltningsorganisationen som en del av införandet.",
    verifikat: "Anbudsgivaren bifogar utbildningsplan för administratörer.",
    uppfoljning: "Utbildningen utvärderas av deltagarna och brister åtgärdas före driftstart.",
    modelIds: ["m-prevent-infor-ratt-it", "m-pm3"], conditions: {},
  },
  {
    id: "s-or-utbildning-anvandare", title: "Utbildningskoncept för slutanvändare", perspective: p, topic: "utbildning", level: "bor", kravtyp: "TK", phase: "UV", weight: 4, checkedAt,
    text: "Anbudsgivaren bör erbjuda ett utbildningskoncept för slutanvändare på svenska, till exempel utbildning av kommunens egna utbildare och e-utbildning som uppdateras vid varje release. Konceptet poängsätts efter hur det når alla användargrupper och hålls aktuellt.",
    motiv: "Användare som inte fått utbildning gör fel och använder inte lösningens möjligheter; Prevents Inför rätt IT visar att utbildning i rätt tid är en förutsättning för ett lyckat införande.",
    verifikat: "Anbudsgivaren beskriver utbildningskonceptet och bifogar exempel på material; poängsätts enligt bedömningsmall.",
    uppfoljning: "Användarnas syn på utbildningen följs upp ett halvår efter driftstart.",
    modelIds: ["m-prevent-infor-ratt-it"], conditions: {},
  },
  {
    id: "s-or-pilot", title: "Pilotdrift före breddinförande", perspective: p, topic: "inforande", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör erbjuda pilotdrift i minst en verksamhet under minst fyra veckor före breddinförandet, utan extra kostnad, och åtgärda fel i prioritet 1 och 2 som upptäcks under piloten innan breddinförandet börjar.",
    motiv: "En pilot visar brister i konfiguration, rutiner och utbildning medan de ännu berör få användare, som Prevents Inför rätt IT och Region Sörmlands samverkansupphandling beskriver.",
    verifikat: "Anbudsgivaren beskriver hur piloten genomförs; poängsätts enligt bedömningsmall.",
    uppfoljning: "Erfarenheter från piloten dokumenteras och beslut om breddinförande fattas av styrgruppen.",
    modelIds: ["m-prevent-infor-ratt-it", "m-sormland-verksamhetssystem"], conditions: { minValueSek: 5_000_000 },
  },
  {
    id: "s-or-datacenter-energi", title: "Redovisad energianvändning i datacenter", perspective: p, topic: "hallbarhet", level: "bor", kravtyp: "TK", phase: "UV", weight: 2, checkedAt,
    text: "Anbudsgivaren bör årligen redovisa energianvändning och andel förnybar energi för de datacenter som driver tjänsten. För datacenter som omfattas av rapporteringsplikten i artikel 12 i energieffektiviseringsdirektivet (EU) 2023/1791 bör samma uppgifter som rapporteras enligt direktivet lämnas.",
    motiv: "Datacenter står för en växande del av elanvändningen; energieffektiviseringsdirektivet kräver att datacenter med minst 500 kW installerad IT-effekt offentliggör uppgifter om energiprestanda, och Upphandlingsmyndighetens hållbarhetskriterier för IT tar upp miljöpåverkan.",
    verifikat: "Anbudsgivaren bifogar senaste redovisningen; poängsätts enligt bedömningsmall.",
    uppfoljning: "Redovisningen tas upp vid den årliga uppföljningen av hållbarhetskraven.",
    modelIds: ["m-eed-2023-1791", "m-um-hallbar-it"], conditions: {},
  },
  {
    id: "s-or-inforandemetod", title: "Införandemetod som utvärderas", perspective: p, topic: "inforande", level: "bor", kravtyp: "TK", phase: "UV", weight: 5, checkedAt,
    text: "Anbudsgivaren bör beskriva sin metod för införande hos kommunen: roller och bemanning från båda parter, tidplan, migrering, test, utbildning, kommunikation och hur risker för verksamheten hanteras. Beskrivningen poängsätts efter hur konkret den är för kommunens verksamhet och hur den fördelar ansvar.",
    motiv: "Införandet avgör om nyttan uppstår; en utvärderad metod gör att anbudsgivare konkurrerar med kvalitet i genomförandet, som Prevents Inför rätt IT och DFØ:s vägledning för kravspecifikation beskriver.",
    verifikat: "Anbudsgivaren bifogar beskrivningen; poängsätts enligt bedömningsmall.",
    uppfoljning: "Den beskrivna metoden blir grund för införandeplanen och följs upp i styrgruppen.",
    modelIds: ["m-prevent-infor-ratt-it", "m-dfo-kravspesifikasjon"], conditions: { minValueSek: 3_000_000 },
  },
];

import type { Suggestion } from "@/lib/catalog/schema";

import { kundnyttaAtkomst } from "@/lib/catalog/suggestions/kundnytta-atkomst";
import { kundnyttaTjanst } from "@/lib/catalog/suggestions/kundnytta-tjanst";

// Kundnytta: what the users (invånare, medarbetare) need the product to do
// and how the benefit is shown. Own words; sources in models-kundnytta.ts and
// ../shared/guide/procurement-research.md (C1). Part 1: needs, usability,
// accessibility basics, effect and follow-up; parts 2 and 3 in the files
// imported above. Ties in the ranking keep catalog order, so the combined list
// at the end puts the items a procurer most often needs first.
const p = "kundnytta" as const;
const checkedAt = "2026-11-29";
const notReread =
  "Upphandlingsmyndighetens och de övriga källornas sidor har inte lästs om i dag; kravets innehåll är vår egen formulering.";
const mirrorOnly = "Vägledningen finns bara som kopia hos tredje part och har inte kunnat läsas hos utgivaren.";

const kundnyttaBas: readonly Suggestion[] = [
  {
    id: "s-kn-behovsanalys-anvandare",
    title: "Behovsanalys med användarna",
    perspective: p,
    topic: "behov",
    level: "ska",
    kravtyp: "IN",
    phase: "BA",
    text: "Kommunen ska, innan kravspecifikationen fastställs, genomföra och dokumentera en behovsanalys med minst tre representanter för varje användargrupp som ska använda lösningen.",
    motiv:
      "Krav som bygger på användarnas faktiska uppgifter ger lösningar som används. Upphandlingsmyndigheten råder att tidigt involvera dem som ska använda det som upphandlas och att dokumentera behovsanalysen, och SKR:s checklista inför upphandling föreslår intervjuer och enkäter med slutanvändarna.",
    verifikat: "Internt krav: behovsanalysen med deltagarförteckning arkiveras i upphandlingsakten före annonsering.",
    uppfoljning: "Behovsanalysen används som facit vid acceptanstest och vid uppföljningen efter ett år.",
    checkedAt,
    modelIds: ["m-um-forbered", "m-skr-infor-upphandling"],
    conditions: {},
  },
  {
    id: "s-kn-anvandarscenarier",
    title: "Stöd för användarscenarier per roll",
    perspective: p,
    topic: "behov",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Lösningen ska stödja samtliga användarscenarier som beskrivs i bilaga Verksamhetsbeskrivning, för varje angiven roll (till exempel invånare, handläggare, chef och administratör).",
    motiv:
      "Scenarier gör behoven konkreta och jämförbara utan att låsa en viss teknisk lösning, i linje med Upphandlingsmyndighetens stöd om funktionskrav.",
    verifikat:
      "Anbudsgivaren fyller i kravmatrisen med en beskrivning per scenario. Verifieras vid demonstration där kommunen väljer minst tre scenarier.",
    uppfoljning: "Scenarierna ingår i acceptanstestet före driftstart; avvikelser åtgärdas innan leveransen godkänns.",
    checkedAt,
    modelIds: ["m-um-funktionskrav", "m-um-forbered"],
    conditions: {},
  },
  {
    id: "s-kn-engangsuppgift",
    title: "Uppgifter lämnas bara en gång",
    perspective: p,
    topic: "behov",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Lösningen ska hämta uppgifter som kommunen redan har från kommunens system och nationella tjänster via dokumenterade gränssnitt, så att användaren inte behöver lämna samma uppgift två gånger.",
    motiv:
      "Att slippa lämna samma uppgift igen sparar tid för både invånare och personal. Riksrevisionen fann att myndigheterna är långt från målet att en uppgift bara ska lämnas en gång, och DIGG:s rekommendationer för upphandling av data stöder kravet.",
    verifikat:
      "Anbudsgivaren bifogar en förteckning över befintliga integrationer och gränssnittsdokumentation. Verifieras vid demonstration.",
    uppfoljning: "Integrationerna testas vid acceptanstest; nya integrationsbehov hanteras i förvaltningsforum.",
    checkedAt,
    modelIds: ["m-riksrevisionen-digitala-tjanster", "m-digg-upphandling-data"],
    conditions: {},
  },
  {
    id: "s-kn-uppgiftsslutforande",
    title: "Mätbar användbarhet i kärnuppgifterna",
    perspective: p,
    topic: "anvandbarhet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Minst 90 % av testanvändarna ska kunna slutföra var och en av kärnuppgifterna i bilaga Verksamhetsbeskrivning utan hjälp, inom den tid som anges för uppgiften.",
    motiv:
      "Användbarhet blir ett verifierbart krav när den uttrycks som ändamålsenlighet och effektivitet för angivna användare och uppgifter, så som ISO 9241-11 och Statskontorets vägledning beskriver.",
    verifikat:
      "Verifieras vid acceptanstest med minst åtta användare från kommunen. Anbudsgivaren bekräftar kravet i kravmatrisen.",
    uppfoljning: "Testet upprepas efter större versionsbyten; brister åtgärdas enligt avtalad åtgärdstid.",
    checkedAt,
    modelIds: ["m-iso-9241-210", "m-avropa-anvandbart"],
    conditions: {},
    unverified: mirrorOnly,
  },
  {
    id: "s-kn-scenariodemo",
    title: "Scenariobaserat användartest vid utvärdering",
    perspective: p,
    topic: "anvandbarhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 30,
    text: "Lösningens förmåga att stödja kommunens användare bör utvärderas genom ett scenariobaserat användartest där kommunens användare genomför angivna uppgifter och betygsätter lösningen enligt bilagd bedömningsmall.",
    motiv:
      "Ett test med riktiga användare visar skillnader som skriftliga svar döljer. Statskontoret och KTH rekommenderar scenariobaserad utvärdering som tilldelningskriterium.",
    verifikat:
      "Verifieras vid demonstration och användartest enligt bilagd testinstruktion; poäng enligt bedömningsmallen.",
    uppfoljning: "Det som visades vid testet blir avtalad funktion och kontrolleras vid acceptanstest.",
    checkedAt,
    modelIds: ["m-avropa-anvandbart", "m-att-bestalla-anvandbart"],
    conditions: { productTypes: ["business_system"] },
    unverified: mirrorOnly,
  },
  {
    id: "s-kn-wcag",
    title: "Tillgänglighet enligt EN 301 549 (WCAG 2.1 AA)",
    perspective: p,
    topic: "tillganglighet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Alla gränssnitt som invånare använder ska uppfylla kraven i EN 301 549 V3.2.1 eller likvärdigt, vilket för webb och appar innebär WCAG 2.1 nivå AA.",
    motiv:
      "Lagen (2018:1937) om tillgänglighet till digital offentlig service kräver att kommunens digitala service är möjlig att uppfatta, hanterbar och begriplig och att den fungerar med användarnas hjälpmedel. Enligt DIGG:s föreskrifter uppfyller service som följer EN 301 549 V3.2.1 kraven, och DIGG utövar tillsyn.",
    verifikat:
      "Anbudsgivaren bifogar en tillgänglighetsgranskning mot EN 301 549 eller likvärdigt som är högst tolv månader gammal. Stickprov verifieras vid demonstration.",
    uppfoljning: "Kommunen gör egna stickprov årligen; brister åtgärdas inom 30 dagar.",
    checkedAt,
    modelIds: ["m-dos-lagen", "m-en-301-549"],
    conditions: { userGroups: ["citizens", "businesses"] },
  },
  {
    id: "s-kn-oppna-data",
    title: "Publicering av öppna data",
    perspective: p,
    topic: "oppenhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 5,
    text: "Lösningen bör kunna publicera de data som kommunen pekar ut som öppna data i ett maskinläsbart, öppet format, åtskilda från data som omfattas av sekretess eller innehåller personuppgifter.",
    motiv:
      "Öppna data skapar nytta för invånare och företag. Kravbanken Krav på öppenhet vid upphandling och DIGG:s rekommendationer beskriver hur det säkras i upphandlade system.",
    verifikat: "Anbudsgivaren beskriver funktionen och anger format. Verifieras vid demonstration.",
    uppfoljning: "Publiceringen följs upp när kommunen uppdaterar sin förteckning över öppna data.",
    checkedAt,
    modelIds: ["m-odis-oppenhet", "m-digg-upphandling-data"],
    conditions: { productTypes: ["integration"], userGroups: ["citizens", "businesses"] },
  },
  {
    id: "s-kn-tillganglighetstest",
    title: "Test med personer med funktionsnedsättning",
    perspective: p,
    topic: "tillganglighet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 10,
    text: "Anbudsgivaren bör ha låtit personer med funktionsnedsättning testa lösningen under de senaste 24 månaderna och åtgärdat de brister som testet visade, och bör beskriva hur tillgängligheten testas och dokumenteras vid varje ny version.",
    motiv:
      "Att uppfylla standarden räcker inte alltid för att tjänsten ska gå att använda, och tillgängligheten försämras lätt vid uppdateringar. Myndigheten för delaktighet rekommenderar att slutanvändarnas kunskap tas till vara, och DFØ i Norge föreslår att utvärdera hur lösningen hålls tillgänglig efter driftstart.",
    verifikat:
      "Anbudsgivaren bifogar testrapport med deltagarnas funktionsnedsättningar (utan personuppgifter), en åtgärdslista och en beskrivning av testrutinen; poängsätts enligt bedömningsmall.",
    uppfoljning: "Leverantören redovisar nya tester vid årlig avtalsuppföljning.",
    checkedAt,
    modelIds: ["m-mfd-upphandling", "m-dfo-universell-utforming", "m-en-301-549"],
    conditions: { userGroups: ["citizens"] },
  },
  {
    id: "s-kn-svenska-texter",
    title: "Svenska texter och begripliga felmeddelanden",
    perspective: p,
    topic: "anvandbarhet",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Gränssnitt, hjälptexter och felmeddelanden ska finnas på svenska, och varje felmeddelande ska ange vad som gick fel och vad användaren kan göra för att gå vidare.",
    motiv:
      "Språklagen gör svenska till huvudspråk i offentlig verksamhet, och begripliga felmeddelanden är en del av tillgängligheten som minskar antalet kontakter med kundtjänst. Myndigheten för delaktighet tar upp språket som en del av tillgängligheten.",
    verifikat: "Verifieras vid demonstration där kommunen framkallar minst fem felsituationer.",
    uppfoljning: "Synpunkter på texter samlas i förvaltningsforum och åtgärdas i nästa version.",
    checkedAt,
    modelIds: ["m-isof-spraklagen", "m-mfd-upphandling"],
    conditions: {},
  },
  {
    id: "s-kn-fler-sprak",
    title: "Fler språk i invånargränssnittet",
    perspective: p,
    topic: "tillganglighet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 5,
    text: "Invånargränssnittet bör kunna visas på engelska och på minst ett av de nationella minoritetsspråken eller de språk som kommunen anger i bilaga.",
    motiv:
      "Språklagen ger finska, jiddisch, meänkieli, romani chib och samiska ställning som nationella minoritetsspråk, och kommuner i ett förvaltningsområde har särskilda skyldigheter enligt lagen (2009:724) om nationella minoriteter och minoritetsspråk. Invånare med ett annat förstaspråk än svenska ska också kunna använda kommunens service.",
    verifikat: "Anbudsgivaren anger vilka språk som finns. Verifieras vid demonstration.",
    uppfoljning: "Språkversionerna kontrolleras vid acceptanstest och efter större versionsbyten.",
    checkedAt,
    modelIds: ["m-isof-spraklagen", "m-um-funktionskrav"],
    conditions: { userGroups: ["citizens"] },
  },
  {
    id: "s-kn-effektmal",
    title: "Lösningens bidrag till effektmålen",
    perspective: p,
    topic: "effekt",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 15,
    text: "Anbudsgivaren bör beskriva hur lösningen bidrar till effektmålen i bilaga Verksamhetsbeskrivning och föreslå mätetal, mätmetod och utgångsvärde för varje mål.",
    motiv:
      "Nyttan av en digital investering måste planeras och mätas för att kunna hämtas hem. E-delegationens vägledning i nyttorealisering och Statskontorets rapport om styrning av digitala investeringar stöder detta.",
    verifikat: "Anbudsgivaren bifogar en beskrivning på högst fem sidor som poängsätts enligt bedömningsmall.",
    uppfoljning: "Mätetalen förs in i kommunens nyttorealiseringsplan och följs upp halvårsvis.",
    checkedAt,
    modelIds: ["m-nyttorealisering", "m-styrning-digitala-investeringar"],
    conditions: {},
    unverified: mirrorOnly,
  },
  {
    id: "s-kn-pilot",
    title: "Pilot med rätt att avsluta avtalet",
    perspective: p,
    topic: "inforande",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    text: "Avtalet ska inledas med en pilot på högst sex månader med slutanvändare i kommunens miljö, och kommunen ska ha rätt att avsluta avtalet efter piloten om de avtalade målen inte nåtts.",
    motiv:
      "En pilot med riktiga användare minskar risken vid breddinförande. Innovationsupphandlingar i Skellefteå och konceptvalidering i Sundsvall visar hur det kan regleras.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan och bifogar ett förslag på pilotplan.",
    uppfoljning: "Pilotens utfall redovisas vid ett avstämningsmöte; beslut om breddinförande dokumenteras.",
    checkedAt,
    modelIds: ["m-sundsvall-konceptvalidering", "m-skelleftea-innovationsupphandling", "m-um-innovation"],
    conditions: {},
    unverified:
      "Exemplen från Skellefteå och Sundsvall har inte lästs om hos kommunerna; villkorets utformning är vår egen.",
  },
  {
    id: "s-kn-samskapande",
    title: "Människocentrerad utvecklingsmetod",
    perspective: p,
    topic: "anvandbarhet",
    level: "bor",
    kravtyp: "TK",
    phase: "UV",
    weight: 10,
    text: "Anbudsgivaren bör beskriva sin metod för att utveckla och anpassa lösningen tillsammans med slutanvändarna, med återkommande användartester enligt ISO 9241-210 eller likvärdig metod.",
    motiv:
      "Människocentrerad design minskar risken att lösningen missar användarnas behov. EU-kommissionens vägledning för innovationsupphandling och ISO 9241-210 beskriver arbetssättet.",
    verifikat:
      "Anbudsgivaren bifogar metodbeskrivning och ett exempel från ett tidigare uppdrag; poängsätts enligt bedömningsmall.",
    uppfoljning: "Användartesterna redovisas i förvaltningsforum under avtalstiden.",
    checkedAt,
    modelIds: ["m-iso-9241-210", "m-eu-innovation"],
    conditions: {},
    unverified:
      "ISO 9241-210 är en betalstandard och har inte lästs i dag; EU-kommissionens vägledning har inte lästs om.",
  },
  {
    id: "s-kn-funktion-som-tjanst",
    title: "Funktion som tjänst med tilläggsfunktioner",
    perspective: p,
    topic: "behov",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Tjänsten ska levereras som en bastjänst som omfattar drift, support och underhåll, där kommunen under avtalstiden kan beställa tilläggsfunktioner enligt prislistan utan att byta ut befintlig utrustning.",
    motiv:
      "Funktionsupphandling gör leverantören ansvarig för att tjänsten fungerar och följer teknikutvecklingen. Nacka kommuns upphandling av välfärdsteknologi som tjänst och SKL:s vägledning om trygghetsskapande teknik är exempel.",
    verifikat: "Anbudsgivaren bifogar tjänstebeskrivning och prislista för tilläggsfunktioner.",
    uppfoljning: "Beställda tillägg och deras funktion följs upp vid kvartalsmöten.",
    checkedAt,
    modelIds: ["m-nacka-funktionsupphandling", "m-trygghetsskapande-teknik"],
    conditions: {},
    unverified:
      "Nacka kommuns upphandling är bara beskriven av en tredje part, och SKL:s vägledning har inte lästs om.",
  },
  {
    id: "s-kn-forbattringsforslag",
    title: "Hantering av förbättringsförslag",
    perspective: p,
    topic: "forvaltning",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    text: "Leverantören ska ta emot förbättringsförslag från kommunens användare, ge besked om hur varje förslag hanteras inom 30 dagar och redovisa status i förvaltningsforum minst två gånger per år.",
    motiv:
      "Användarnas förslag är den viktigaste källan till förbättringar under avtalstiden. Förvaltningsmodellen pm3 och stödet för innovation i upphandling betonar en ordnad återkoppling.",
    verifikat: "Anbudsgivaren bekräftar villkoret och beskriver sin process för förbättringsförslag.",
    uppfoljning: "Förslagslistan gås igenom i förvaltningsforum; kommunen kontrollerar svarstiderna.",
    checkedAt,
    modelIds: ["m-pm3", "m-um-innovation"],
    conditions: {},
    unverified: notReread,
  },
  {
    id: "s-kn-nojdhet",
    title: "Årlig mätning av användarnöjdhet",
    perspective: p,
    topic: "uppfoljning",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    text: "Leverantören ska medverka i en årlig mätning av användarnöjdheten med System Usability Scale (SUS) eller likvärdig metod och, om resultatet understiger 68, lämna en åtgärdsplan inom 30 dagar.",
    motiv:
      "Ett avtalat mått på nöjdhet gör det möjligt att följa upp användbarheten under hela avtalstiden, så som SKR:s stöd för kontraktsuppföljning rekommenderar.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Resultat och åtgärdsplan behandlas vid den årliga avtalsuppföljningen.",
    checkedAt,
    modelIds: ["m-skr-uppfoljning", "m-avropa-anvandbart"],
    conditions: {},
    unverified: "Gränsvärdet 68 är ett vanligt riktvärde för SUS i litteraturen och finns inte i SKR:s stöd.",
  },
  {
    id: "s-kn-ai-information",
    title: "Information om AI och väg till en människa",
    perspective: p,
    topic: "ai",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    text: "Lösningen ska, i anslutning till varje svar, förslag eller text som en AI-komponent har tagit fram, upplysa användaren om att innehållet är framtaget av AI, och ska i varje dialog visa hur användaren når en handläggare.",
    motiv:
      "AI-förordningen (EU) 2024/1689 kräver att människor informeras när de interagerar med ett AI-system, och MCC-AI innehåller klausuler om transparens. Informationen behöver finnas där svaret visas för att invånaren ska kunna värdera det.",
    verifikat: "Verifieras vid demonstration av de delar där AI-komponenten används.",
    uppfoljning: "Kontrolleras vid acceptanstest och när AI-komponenten byts eller tränas om.",
    checkedAt,
    modelIds: ["m-ai-forordningen", "m-mcc-ai"],
    conditions: { aiComponent: true, userGroups: ["citizens", "staff"] },
  },
];

// Catalog order breaks ties in the ranking: accessibility and device support
// first (they apply to every citizen-facing service), login and e-application
// items after the representation and status items they depend on.
export const kundnyttaSuggestions: readonly Suggestion[] = [...kundnyttaBas, ...kundnyttaAtkomst, ...kundnyttaTjanst];

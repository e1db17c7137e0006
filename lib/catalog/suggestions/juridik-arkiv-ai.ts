import type { Suggestion } from "@/lib/catalog/schema";
import { checkedAt, p, supplierProcesses } from "@/lib/catalog/suggestions/juridik-shared";

// Juridik, part 3: data ownership, arkiv, allmänna handlingar, tillgänglighet
// and the AI Act. Switching cloud provider under the Data Act is an
// organisation suggestion (s-or-molnbyte) and is not repeated here.
export const juridikArkivAi: readonly Suggestion[] = [
  {
    id: "s-ju-dataagande", title: "Kommunen äger sina data", perspective: p, topic: "avtal", level: "ska", kravtyp: "AV", phase: "KS",
    text: "Kommunen ska äga all data som kommunen, dess användare eller invånare för in i tjänsten eller som skapas där, och ska under hela avtalstiden kunna hämta den strukturerat och maskinläsbart via ett dokumenterat API utan extra avgift.",
    motiv: "DIGG:s rekommendationer för upphandling av data och dataförordningen (EU) 2023/2854 betonar kundens kontroll över sina data; utan avtalad äganderätt kan leverantören hävda rätt till data som kommunen behöver för att byta leverantör eller publicera öppna data.",
    verifikat: "Anbudsgivaren bekräftar villkoret och bifogar API-dokumentation.",
    uppfoljning: "API:et testas vid acceptanstest och vid årlig uppföljning.",
    modelIds: ["m-digg-upphandling-data", "m-data-act"], conditions: supplierProcesses, checkedAt,
  },
  {
    id: "s-ju-arkivexport", title: "Export till e-arkiv enligt FGS", perspective: p, topic: "arkiv", level: "ska", kravtyp: "KF", phase: "KS",
    text: "Kommunen ska själv, utan extra kostnad, kunna exportera all information med metadata och inbördes samband i öppet format (XML eller CSV) paketerat enligt FGS Paketstruktur (E-ARK) eller likvärdigt, med inskannade och bifogade handlingar i PDF/A eller likvärdigt arkivbeständigt format, för leverans till kommunens e-arkiv.",
    motiv: "Arkivlagen (1990:782) kräver att allmänna handlingar bevaras; Riksarkivets förvaltningsgemensamma specifikationer och kommunala arkivkrav, som Säters, gör det möjligt att föra över information till e-arkiv utan att samband och metadata går förlorade.",
    verifikat: "Anbudsgivaren bifogar exempel på exportpaket. Verifieras vid demonstration.",
    uppfoljning: "En provleverans till e-arkivet görs det första avtalsåret och därefter vartannat år.",
    modelIds: ["m-arkivlagen", "m-fgs", "m-sater-arkivkrav"], conditions: {}, checkedAt,
  },
  {
    id: "s-ju-gallring", title: "Bevarande och gallring per informationstyp", perspective: p, topic: "arkiv", level: "ska", kravtyp: "KF", phase: "KS",
    text: "Lösningen ska kunna bevara och gallra information per informationstyp enligt kommunens informationshanteringsplan och gallringsbeslut, logga varje gallring, och skilja allmänna handlingar från arbetsmaterial i metadata.",
    motiv: "Arkivlagen och kommunens arkivreglemente styr vad som får gallras och när; gallring utan beslut är otillåten och uppgifter som sparas för länge strider mot dataskyddsförordningen. Säters arkivkrav visar hur det formuleras vid upphandling.",
    verifikat: "Verifieras vid demonstration av gallringsinställningar, gallringslogg och metadata.",
    uppfoljning: "Gallring kontrolleras årligen av kommunens arkivansvariga.",
    modelIds: ["m-arkivlagen", "m-sater-arkivkrav"], conditions: {}, checkedAt,
  },
  {
    id: "s-ju-allmanna-handlingar", title: "Utlämnande av allmänna handlingar", perspective: p, topic: "oppenhet", level: "bor", kravtyp: "KF", phase: "UV", weight: 5,
    text: "Lösningen bör låta behörig handläggare inom samma arbetsdag söka fram en begärd handling med dess metadata, göra en utskrift eller pdf-kopia där uppgifter som omfattas av sekretess maskeras i kopian men inte i originalet, och registrera att handlingen lämnats ut.",
    motiv: "Enligt 2 kap. tryckfrihetsförordningen ska en begäran om allmän handling behandlas skyndsamt, och offentlighets- och sekretesslagen kräver att sekretessbelagda uppgifter inte röjs vid utlämnandet. Handlingar i en molntjänst förvaras hos kommunen och omfattas lika.",
    verifikat: "Verifieras vid demonstration av sökning, maskning och registrering; utvärderas enligt utvärderingsmodellen.",
    uppfoljning: "Kommunen följer upp handläggningstiden för utlämnanden årligen.",
    modelIds: ["m-tryckfrihetsforordningen", "m-osl-utkontraktering"], conditions: {}, checkedAt,
  },
  {
    id: "s-ju-tillganglighetsredogorelse", title: "Underlag till tillgänglighetsredogörelse", perspective: p, topic: "tillganglighet", level: "ska", kravtyp: "AV", phase: "AU",
    text: "Leverantören ska lämna det underlag kommunen behöver för sin tillgänglighetsredogörelse, med resultat av granskning mot EN 301 549 eller likvärdigt, inom 30 dagar från driftstart och efter varje större version, och åtgärda rapporterade brister mot standarden inom 30 dagar.",
    motiv: "Lagen (2018:1937) om tillgänglighet till digital offentlig service kräver att kommunen publicerar en aktuell tillgänglighetsredogörelse; Myndigheten för digital förvaltning (DIGG) utövar tillsyn.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Redogörelsen uppdateras årligen; åtgärdstider följs upp i driftrapporten.",
    modelIds: ["m-dos-lagen", "m-mfd-upphandling"], conditions: { userGroups: ["citizens"] }, checkedAt,
  },
  {
    id: "s-ju-ai-transparens", title: "Transparenskraven i artikel 50 i AI-förordningen", perspective: p, topic: "ai", level: "ska", kravtyp: "AV", phase: "KS",
    text: "Leverantören ska ansvara för att AI-komponenten från 2026-08-02 uppfyller leverantörens transparensskyldigheter i artikel 50 i AI-förordningen (EU) 2024/1689, bland annat att den är utformad så att den som interagerar med den får veta det och att genererad text, bild och ljud märks i ett maskinläsbart format, och ska ge kommunen det underlag kommunen behöver för sina egna informationsskyldigheter.",
    motiv: "Artikel 50 lägger skyldigheterna på både leverantören och den som tillhandahåller systemet; ett avtalsvillkor gör leverantörens del möjlig att kräva och följa upp. Invånare ska inte förväxla ett AI-svar med ett myndighetsbesked.",
    verifikat: "Anbudsgivaren bekräftar villkoret och beskriver hur information och märkning är utformade. Verifieras vid demonstration.",
    uppfoljning: "Information och märkning kontrolleras vid varje ny modellversion.",
    modelIds: ["m-ai-forordningen", "m-mcc-ai"], conditions: { aiComponent: true, userGroups: ["citizens"] }, checkedAt,
  },
  {
    id: "s-ju-ai-klausuler", title: "AI-klausuler: dokumentation och mänsklig tillsyn", perspective: p, topic: "ai", level: "ska", kravtyp: "AV", phase: "KS",
    text: "Leverantören ska för AI-komponenten tillhandahålla teknisk dokumentation, beskrivning av träningsdata och kända begränsningar, loggning av de resultat som ligger till grund för beslut och en funktion för mänsklig tillsyn, enligt bilagda klausuler baserade på EU:s modellklausuler för upphandling av AI (MCC-AI).",
    motiv: "MCC-AI och AI-förordningen (EU) 2024/1689 kräver transparens, loggning och mänsklig tillsyn; utan dokumentationen kan kommunen inte fullgöra sina egna skyldigheter som tillhandahållare.",
    verifikat: "Anbudsgivaren bekräftar klausulerna och bifogar dokumentationen för nuvarande version.",
    uppfoljning: "Dokumentationen uppdateras vid varje ny modellversion och granskas årligen.",
    modelIds: ["m-mcc-ai", "m-ai-forordningen"], conditions: { aiComponent: true }, checkedAt,
  },
  {
    id: "s-ju-ai-riskklass", title: "Klassning av AI-komponenten enligt AI-förordningen", perspective: p, topic: "ai", level: "ska", kravtyp: "KQ", phase: "KS",
    text: "Anbudsgivaren ska redovisa hur AI-komponenten klassas enligt AI-förordningen (EU) 2024/1689 och, för högrisksystem, hur leverantörens skyldigheter uppfylls, inklusive CE-märkning och registrering i EU:s databas.",
    motiv: "Kommunen får egna skyldigheter som tillhandahållare av högrisk-AI och behöver veta klassningen före beslut.",
    verifikat: "Anbudsgivaren bifogar klassning med motivering och, för högrisksystem, EU-försäkran om överensstämmelse.",
    uppfoljning: "Klassningen stäms av när förordningens regler börjar tillämpas stegvis och vid ändrad användning.",
    modelIds: ["m-ai-forordningen"], conditions: { aiComponent: true }, checkedAt,
  },
  {
    id: "s-ju-ai-kommunens-ansvar", title: "Kommunens skyldigheter för AI-system med hög risk", perspective: p, topic: "ai", level: "ska", kravtyp: "IN", phase: "BA",
    text: "Kommunen ska före driftstart avgöra om AI-systemet är ett högrisksystem enligt AI-förordningen och i så fall utse personer med kompetens och befogenhet för mänsklig tillsyn, se till att de loggar systemet skapar sparas i minst sex månader, registrera användningen i EU:s databas och göra en konsekvensbedömning avseende grundläggande rättigheter.",
    motiv: "AI-förordningen (EU) 2024/1689 ger den som tillhandahåller ett högrisksystem egna skyldigheter (artikel 26), och offentliga organ ska dessutom registrera användningen och bedöma konsekvenserna för grundläggande rättigheter (artiklarna 26.8, 49 och 27). Information till medarbetare och AI-kunnighet behandlas under arbetsmiljö.",
    verifikat: "Internt krav: klassningen, utsedda ansvariga och eventuell konsekvensbedömning dokumenteras före driftstart.",
    uppfoljning: "Klassningen och bedömningen ses över årligen och när systemet används på ett nytt sätt.",
    modelIds: ["m-ai-forordningen"], conditions: { aiComponent: true }, checkedAt,
  },
];

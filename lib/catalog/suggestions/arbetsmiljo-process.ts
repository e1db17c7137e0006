import type { Suggestion, SuggestionConditions } from "@/lib/catalog/schema";

// Arbetsmiljö, part 3: staff participation, monitoring decisions, AI at the
// workplace, introduction, training and support, and follow-up after the
// system goes live. Listed last in suggestions/arbetsmiljo.ts.
const p = "arbetsmiljo" as const;
const staff: SuggestionConditions = { userGroups: ["staff"] };
const checkedAt = "2026-11-29";

export const arbetsmiljoProcessSuggestions: readonly Suggestion[] = [
  {
    id: "s-am-anvandare-krav-test", perspective: p, topic: "samverkan", level: "ska", kravtyp: "IN", phase: "BA", checkedAt,
    title: "Medarbetare i kravarbete och acceptanstest",
    text: "Kommunen ska låta medarbetare från varje berörd användarroll och ett skyddsombud delta i att ta fram kraven på arbetsflöden och användbarhet och i acceptanstestet, med arbetstid avsatt för uppdraget i deras ordinarie planering.",
    motiv: "Enligt arbetsmiljölagen 2 kap. 1 § ska arbetstagaren ges möjlighet att medverka i förändrings- och utvecklingsarbete som rör det egna arbetet. Prevents stöd Inför rätt IT visar att användare som deltar i kravarbetet ger krav som går att verifiera och en lösning som passar arbetet.",
    verifikat: "Internt krav: deltagarna och deras avsatta tid framgår av projektplanen.",
    uppfoljning: "Deltagarna medverkar i acceptanstestet och i uppföljningen efter driftstart.",
    modelIds: ["m-arbetsmiljolagen", "m-prevent-infor-ratt-it"], conditions: staff,
  },
  {
    id: "s-am-skyddsombud-utvardering", perspective: p, topic: "samverkan", level: "ska", kravtyp: "IN", phase: "UV", checkedAt,
    title: "Användare och skyddsombud i utvärderingen",
    text: "Kommunen ska låta minst två användarrepresentanter och ett skyddsombud delta i utvärderingen av anbuden vid demonstration och användartest.",
    motiv: "Delaktighet ger bättre beslut och ökar acceptansen, enligt Prevents stöd Inför rätt IT och erfarenheterna från Kungsbacka i rapporten En god digital arbetsmiljö.",
    verifikat: "Internt krav: deltagarna framgår av utvärderingsprotokollet.",
    uppfoljning: "Deltagarna medverkar även i uppföljningen efter driftstart.",
    modelIds: ["m-prevent-infor-ratt-it", "m-god-digital-arbetsmiljo"], conditions: staff,
  },
  {
    id: "s-am-overvakning-bedomning", perspective: p, topic: "samverkan", level: "ska", kravtyp: "IN", phase: "BA", checkedAt,
    title: "Proportionalitetsbedömning före uppföljning av medarbetare",
    text: "Kommunen ska innan funktioner som följer upp enskilda medarbetares aktivitet eller prestation tas i bruk bedöma om uppföljningen är nödvändig och proportionerlig för ett angivet ändamål, förhandla enligt 11 § lagen om medbestämmande i arbetslivet och informera medarbetarna om vilka uppgifter som samlas in, varför och hur länge de sparas.",
    motiv: "Dataskyddsförordningen kräver ändamålsbegränsning och uppgiftsminimering, och de anställda ska få information om behandlingen (artiklarna 5 och 13). Uppföljning på individnivå kan ge stress och minska tilliten; Arbetsmiljöverkets och Mynaks kampanj om ett digitalt arbetsliv tar upp digital övervakning som en arbetsmiljörisk.",
    verifikat: "Internt krav: bedömningen och förhandlingsprotokollet arkiveras innan funktionerna aktiveras.",
    uppfoljning: "Bedömningen görs om när nya uppföljningsfunktioner eller ändamål tillkommer.",
    modelIds: ["m-gdpr", "m-mbl", "m-av-digitalt-arbetsliv"], conditions: staff,
  },
  {
    id: "s-am-ai-information", perspective: p, topic: "ai", level: "ska", kravtyp: "IN", phase: "AU", checkedAt,
    title: "Information och AI-kunnighet för medarbetare",
    text: "Kommunen ska innan AI-funktionen tas i bruk informera berörda medarbetare och deras arbetstagarorganisationer om att den används, vad den gör och hur medarbetaren kan avvika från dess förslag, och se till att de medarbetare som använder den har utbildning i funktionens begränsningar.",
    motiv: "AI-förordningen (EU) 2024/1689 kräver att arbetsgivare informerar arbetstagarnas företrädare och berörda arbetstagare innan ett AI-system med hög risk används på arbetsplatsen (artikel 26.7) och att personalen har tillräcklig AI-kunnighet (artikel 4). Informationen hör också till arbetsgivarens informationsskyldighet enligt 19 § MBL.",
    verifikat: "Internt krav: informationen och utbildningsinsatsen dokumenteras före driftstart.",
    uppfoljning: "Medarbetarnas erfarenheter av AI-funktionen följs upp i enkäten efter driftstart.",
    modelIds: ["m-ai-forordningen", "m-mbl"], conditions: { aiComponent: true, userGroups: ["staff"] },
  },
  {
    id: "s-am-driftavbrott", perspective: p, topic: "arbetsmiljo", level: "ska", kravtyp: "IN", phase: "AU", checkedAt,
    title: "Arbetsmiljön vid driftavbrott",
    text: "Kommunen ska i samverkan med skyddsombud ta fram reservrutiner för hur medarbetarna utför de verksamhetskritiska uppgifterna när lösningen inte är tillgänglig, öva rutinerna med berörda medarbetare före driftstart och se till att information om störningar når medarbetarna inom 30 minuter.",
    motiv: "När ett verksamhetskritiskt system står still hamnar pressen på medarbetarna: arbete som måste göras om, osäkerhet om vad som gäller och ansvar för invånares säkerhet. AFS 2023:1 kräver att arbetsgivaren undersöker och bedömer riskerna i verksamheten, och ett stillastående kritiskt system är en sådan risk; Digironden tar upp teknik som inte fungerar som en källa till stress.",
    verifikat: "Internt krav: reservrutinerna och övningen dokumenteras före driftstart.",
    uppfoljning: "Rutinerna utvärderas efter varje allvarlig störning och minst en gång per år.",
    modelIds: ["m-afs-2023-1", "m-digironden"], conditions: { critical: true, userGroups: ["staff"] },
  },
  {
    id: "s-am-inforande-tid", perspective: p, topic: "inforande", level: "ska", kravtyp: "IN", phase: "AU", checkedAt,
    title: "Tid och bemanning under införandet",
    text: "Kommunen ska i införandeplanen avsätta arbetstid för utbildning och inlärning för varje medarbetare, planera minskad arbetsmängd eller förstärkt bemanning under de första fyra veckorna efter driftstart, besluta om parallellkörning eller reservrutin för övergången och följa upp arbetsbelastningen varje vecka under den perioden, i samverkan med skyddsombud.",
    motiv: "AFS 2023:2 kräver att arbetsgivaren ser till att arbetsuppgifter och resurser är i balans så att arbetsbelastningen inte blir ohälsosam. Införandet är den period då belastningen är störst; Prevent och rapporten En god digital arbetsmiljö beskriver brister i införandet som en huvudorsak till problem med nya system.",
    verifikat: "Internt krav: införandeplanen med avsatt tid och bemanning fastställs före driftstart.",
    uppfoljning: "Veckouppföljningen av arbetsbelastningen dokumenteras och redovisas för skyddsombud.",
    modelIds: ["m-afs-2023-2", "m-prevent-infor-ratt-it", "m-god-digital-arbetsmiljo"], conditions: staff,
  },
  {
    id: "s-am-utbildning", perspective: p, topic: "utbildning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    title: "Utbildning per användarroll",
    text: "Leverantören ska före driftstart genomföra utbildning på svenska anpassad efter varje användarroll, inom medarbetarnas arbetstid, och tillhandahålla e-utbildning och manualer som hålls aktuella vid varje ny version.",
    motiv: "Otillräcklig utbildning är en känd risk vid införande; Prevent betonar utbildning per roll och tid för inlärning.",
    verifikat: "Anbudsgivaren bifogar utbildningsplan per roll.",
    uppfoljning: "Deltagande och utvärdering av utbildningen redovisas före driftstart.",
    modelIds: ["m-prevent-infor-ratt-it"], conditions: staff,
  },
  {
    id: "s-am-hjalp-superanvandare", perspective: p, topic: "utbildning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    title: "Hjälp i lösningen och stöd till superanvändare",
    text: "Leverantören ska leverera hjälptexter på svenska i lösningen för varje vy i kärnflödena och före driftstart utbilda de superanvändare som kommunen utser, minst en per arbetsplats, så att de kan ge kollegor stöd under införandet och därefter.",
    motiv: "Stöd nära arbetet är enligt Prevent och Suntarbetsliv avgörande för att medarbetare ska klara ett nytt system utan onödig stress, och Arbetsmiljöverket framhåller att arbetsgivaren ska se till att medarbetarna kan använda systemen och programvaran.",
    verifikat: "Anbudsgivaren bifogar exempel på hjälptexter och en plan för utbildningen av superanvändare.",
    uppfoljning: "Superanvändarnas erfarenheter samlas in vid uppföljningen tre månader efter driftstart.",
    modelIds: ["m-prevent-infor-ratt-it", "m-av-bildskarmsarbete"], conditions: staff,
  },
  {
    id: "s-am-ovningsmiljo", perspective: p, topic: "utbildning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    title: "Övningsmiljö för medarbetare",
    text: "Leverantören ska under hela avtalstiden tillhandahålla en övningsmiljö med fiktiva uppgifter och samma version som produktionsmiljön, där medarbetare kan öva kärnflödena utan att påverka verkliga ärenden.",
    motiv: "Att kunna öva utan risk minskar stressen vid införandet och när nya medarbetare börjar; Arbetsmiljöverket framhåller att medarbetarna ska ha kunskap om hur systemen används.",
    verifikat: "Anbudsgivaren bekräftar villkoret och beskriver hur övningsmiljön hålls uppdaterad.",
    uppfoljning: "Tillgången till övningsmiljön följs upp i förvaltningsforum.",
    modelIds: ["m-av-bildskarmsarbete", "m-prevent-infor-ratt-it"], conditions: staff,
  },
  {
    id: "s-am-avisering-andringar", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    title: "Förvarning om ändringar som påverkar arbetssätt",
    text: "Leverantören ska avisera förändringar som påverkar medarbetarnas arbetssätt minst sex veckor före driftsättning, med en beskrivning av förändringen och tillgång till testmiljö.",
    motiv: "Kommunen måste hinna riskbedöma förändringar enligt AFS 2023:1 innan de genomförs; förvaltningsmodellen pm3 ger forum för det.",
    verifikat: "Anbudsgivaren bekräftar villkoret och bifogar exempel på releaseinformation.",
    uppfoljning: "Aviseringstider följs upp i förvaltningsforum.",
    modelIds: ["m-afs-2023-1", "m-pm3"], conditions: staff,
  },
  {
    id: "s-am-medarbetarenkat", perspective: p, topic: "uppfoljning", level: "ska", kravtyp: "IN", phase: "AU", checkedAt,
    title: "Medarbetarenkät och avvikelser efter driftstart",
    text: "Kommunen ska tre och tolv månader efter driftstart följa upp medarbetarnas upplevelse av lösningen med en enkät som mäter användbarhet (till exempel System Usability Scale eller likvärdigt) och arbetsbelastning, och låta medarbetare rapportera arbetsmiljöproblem som lösningen orsakar i kommunens system för tillbud och avvikelser.",
    motiv: "AFS 2023:1 kräver att arbetsgivaren kontrollerar att åtgärder har avsedd effekt och följer upp arbetsmiljön regelbundet. Samma frågor vid två tillfällen visar om problemen minskar och ger underlag för krav på leverantören.",
    verifikat: "Internt krav: enkätresultaten och avvikelserna redovisas i samverkansgruppen.",
    uppfoljning: "Resultaten används i den uppföljande riskbedömningen och vid avtalsuppföljningen.",
    modelIds: ["m-afs-2023-1", "m-digironden"], conditions: staff,
  },
  {
    id: "s-am-arbetsmiljoavvikelser", perspective: p, topic: "uppfoljning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    title: "Leverantören hanterar arbetsmiljöavvikelser i lösningen",
    text: "Leverantören ska ta emot de avvikelser om lösningens påverkan på medarbetarnas arbetsmiljö som kommunen rapporterar, inom 20 arbetsdagar lämna en bedömning med åtgärdsförslag och tidplan, och redovisa status för öppna avvikelser vid varje avtalsmöte.",
    motiv: "Arbetsgivaren kan bara åtgärda brister i systemet tillsammans med leverantören. Arbetsmiljölagen 3 kap. 8 § ger den som tillhandahåller tekniska anordningar ett eget ansvar för att de ger betryggande säkerhet mot ohälsa, och Prevent betonar att arbetsgivaren inte kan lämna över sitt ansvar till leverantören.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Öppna avvikelser och åtgärdstider följs upp vid avtalsmöten.",
    modelIds: ["m-arbetsmiljolagen", "m-prevent-infor-ratt-it"], conditions: staff,
  },
];

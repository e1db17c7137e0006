import type { Suggestion, SuggestionConditions } from "@/lib/catalog/schema";
import { arbetsmiljoSystemSuggestions, bildskarmUnverified } from "@/lib/catalog/suggestions/arbetsmiljo-system";
import { arbetsmiljoProcessSuggestions } from "@/lib/catalog/suggestions/arbetsmiljo-process";

// Arbetsmiljö: the digital work environment of the staff who will use the
// product. Own words; sources in lib/catalog/models-*.ts. Rules cited are the
// Arbetsmiljöverket provisions in force since 2025-01-01 (AFS 2023:1–15).
// Order matters: ranking ties keep catalog order, so the items a procurer
// needs first for any system staff use come first (this file), then the
// requirements on the system, then participation, introduction and follow-up.
const p = "arbetsmiljo" as const;
const staff: SuggestionConditions = { userGroups: ["staff"] };
const checkedAt = "2026-11-29";

const core: readonly Suggestion[] = [
  {
    id: "s-am-berorda-medarbetare",
    perspective: p,
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "IN",
    phase: "BA",
    checkedAt,
    title: "Kartläggning av berörda medarbetargrupper",
    text: "Kommunen ska innan kraven fastställs kartlägga vilka medarbetargrupper och arbetsmoment som påverkas av upphandlingen, även indirekt (till exempel kundtjänst, IT-support och administratörer), och dokumentera kartläggningen.",
    motiv:
      "Prevents stöd Inför rätt IT och forskningsrapporten En god digital arbetsmiljö visar att påverkan på personal ofta upptäcks först efter införandet om den inte kartläggs tidigt.",
    verifikat: "Internt krav: kartläggningen arkiveras i upphandlingsakten.",
    uppfoljning: "Kartläggningen används som underlag för riskbedömningen och för uppföljningen efter driftstart.",
    modelIds: ["m-prevent-infor-ratt-it", "m-god-digital-arbetsmiljo"],
    conditions: {},
  },
  {
    id: "s-am-riskbedomning-skyddsombud",
    perspective: p,
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "IN",
    phase: "KS",
    checkedAt,
    title: "Riskbedömning med skyddsombud före förändringen",
    text: "Kommunen ska innan kraven fastställs göra en riskbedömning av hur lösningen och det ändrade arbetssättet påverkar medarbetarnas arbetsmiljö, med medverkan av berörda medarbetare och skyddsombud, göra om bedömningen före driftstart och dokumentera åtgärder med ansvarig och datum.",
    motiv:
      "Arbetsmiljölagen (1977:1160) 3 kap. 2 a § och AFS 2023:1 kräver att arbetsgivaren bedömer riskerna innan förändringar i verksamheten genomförs, och enligt 6 kap. 4 § ska skyddsombudet medverka när nya arbetsmetoder och arbetsprocesser planeras. Görs bedömningen innan kraven fastställs kan riskerna hanteras med krav i upphandlingen.",
    verifikat:
      "Internt krav: riskbedömningen med medarbetarnas och skyddsombudets medverkan arkiveras i upphandlingsakten och före driftstart.",
    uppfoljning: "Åtgärderna kontrolleras vid den uppföljande riskbedömningen tre till sex månader efter driftstart.",
    modelIds: ["m-afs-2023-1", "m-arbetsmiljolagen", "m-god-digital-arbetsmiljo"],
    conditions: staff,
  },
  {
    id: "s-am-bildskarmsarbete",
    perspective: p,
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    checkedAt,
    title: "Återkoppling och anpassning i gränssnittet",
    text: "Lösningen ska bekräfta varje användaråtgärd inom en sekund (resultat, kvittens eller förloppsindikator), låta användaren anpassa vilka fält och vyer som visas för den egna rollen, och visa systemets status på varje sida.",
    motiv:
      "Reglerna om arbete vid bildskärm, som sedan 2025-01-01 finns i AFS 2023:11, kräver att programvaran är anpassad till arbetsuppgiften och användaren och ger återkoppling i en takt och form som passar användaren.",
    verifikat: "Verifieras vid demonstration med kommunens scenarier.",
    uppfoljning: "Kontrolleras vid acceptanstest och i den uppföljande riskbedömningen.",
    modelIds: ["m-afs-2023-11", "m-mfd-bildskarm", "m-av-bildskarmsarbete"],
    conditions: staff,
    unverified: bildskarmUnverified,
  },
  {
    id: "s-am-dubbelregistrering",
    perspective: p,
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    checkedAt,
    title: "Ingen dubbelregistrering i kärnuppgifterna",
    text: "Handläggarens kärnuppgifter i bilaga Verksamhetsbeskrivning ska kunna utföras utan att samma uppgift registreras i mer än ett system och med högst det antal steg som anges per uppgift.",
    motiv:
      "Dubbelregistrering och onödiga steg är vanliga orsaker till stress i den digitala arbetsmiljön enligt Prevent och Suntarbetslivs Digironden. AFS 2023:2, där reglerna om organisatorisk och social arbetsmiljö nu finns, kräver att arbetsbelastningen inte blir ohälsosam.",
    verifikat: "Verifieras i scenariotest där stegen räknas.",
    uppfoljning: "Följs upp i den uppföljande riskbedömningen efter driftstart.",
    modelIds: ["m-prevent-infor-ratt-it", "m-afs-2023-2", "m-digironden"],
    conditions: staff,
  },
  {
    id: "s-am-svarstider",
    perspective: p,
    topic: "arbetsmiljo",
    level: "ska",
    kravtyp: "KF",
    phase: "KS",
    checkedAt,
    title: "Svarstider för vanliga uppgifter vid angiven last",
    text: "Lösningen ska, med det antal samtidiga användare och den transaktionsvolym per timme som anges i bilaga Volymer, ge svar inom 2 sekunder för 95 % och inom 5 sekunder för 99 % av de vanliga transaktionerna i bilaga Verksamhetsbeskrivning, mätt från användarens klient i kommunens nät.",
    motiv:
      "Långa väntetider avbryter arbetet och ökar belastningen; Prevents checklistor för kravställning rekommenderar mätbara krav på svarstider, och Digironden nämner system som laddar långsamt som en källa till mikrostress.",
    verifikat:
      "Anbudsgivaren bekräftar kravet. Verifieras vid prestandatest med lasten i bilaga Volymer före driftstart.",
    uppfoljning: "Svarstider rapporteras månatligen i driftrapporten; avvikelser ger prisavdrag enligt avtalet.",
    modelIds: ["m-prevent-infor-ratt-it", "m-digironden"],
    conditions: staff,
  },
  {
    id: "s-am-fa-inloggningar",
    perspective: p,
    topic: "arbetsmiljo",
    level: "bor",
    kravtyp: "TK",
    phase: "KS",
    weight: 10,
    checkedAt,
    title: "Få inloggningar under arbetspasset",
    text: "Anbudsgivaren bör visa hur många gånger en medarbetare behöver logga in eller bekräfta sin identitet under ett arbetspass på åtta timmar när kärnuppgifterna i bilaga Verksamhetsbeskrivning utförs, med lösningen ansluten till kommunens identitetslösning för gemensam inloggning (single sign-on). Poäng ges för färre inloggningar, enligt bedömningsmall; krav på stark autentisering enligt kommunens informationsklassning gäller oförändrat.",
    motiv:
      "Många inloggningar och lösenord är en vanlig och onödig kognitiv belastning enligt Suntarbetslivs Digironden. Bildskärmsreglerna i AFS 2023:11 kräver att programvaran är anpassad till användaren och arbetsuppgiften. Den tekniska anslutningen till identitetslösningen ställs som krav under organisationsperspektivet; här mäts vad medarbetaren märker.",
    verifikat:
      "Anbudsgivaren redovisar antalet inloggningar per arbetspass för kärnuppgifterna; kontrolleras vid demonstration i kommunens testmiljö och poängsätts enligt bedömningsmall.",
    uppfoljning:
      "Antalet inloggningar kontrolleras vid acceptanstest; inloggningsproblem följs upp i den uppföljande riskbedömningen.",
    modelIds: ["m-digironden", "m-afs-2023-11"],
    conditions: staff,
    unverified: bildskarmUnverified,
  },
  {
    id: "s-am-mbl",
    perspective: p,
    topic: "samverkan",
    level: "ska",
    kravtyp: "IN",
    phase: "BA",
    checkedAt,
    title: "Förhandling och information enligt MBL",
    text: "Kommunen ska förhandla med berörda arbetstagarorganisationer enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet innan beslut fattas om en upphandling som ändrar medarbetares arbetssätt, och informera dem enligt 19 § om hur upphandlingen och införandet fortskrider.",
    motiv:
      "Arbetsgivaren ska förhandla före beslut om viktigare förändringar och löpande informera arbetstagarorganisationerna; SKR:s checklista för systematiskt arbetsmiljöarbete påminner om samverkan med arbetstagarorganisationerna.",
    verifikat: "Internt krav: protokoll från förhandlingen arkiveras före tilldelningsbeslut.",
    uppfoljning: "Frågor som förhandlingen lämnat öppna följs upp i samverkansgruppen.",
    modelIds: ["m-mbl", "m-skr-sam"],
    conditions: staff,
  },
  {
    id: "s-am-uppfoljande-riskbedomning",
    perspective: p,
    topic: "uppfoljning",
    level: "ska",
    kravtyp: "AV",
    phase: "AU",
    checkedAt,
    title: "Leverantören medverkar i IT-skyddsrond efter driftstart",
    text: "Leverantören ska medverka i en uppföljande riskbedömning (IT-skyddsrond) tre till sex månader efter driftstart och åtgärda de brister i lösningen som riskbedömningen visar ger ohälsosam arbetsbelastning, inom den tid som avtalas där.",
    motiv:
      "AFS 2023:1 kräver att åtgärder följs upp; Suntarbetslivs Digironden och SKR beskriver skyddsronder för IT-stöd som metod.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Åtgärdslistan följs upp vid nästa avtalsmöte.",
    modelIds: ["m-suntarbetsliv", "m-digironden", "m-afs-2023-1", "m-skr-sam"],
    conditions: staff,
  },
];

export const arbetsmiljoSuggestions: readonly Suggestion[] = [
  ...core,
  ...arbetsmiljoSystemSuggestions,
  ...arbetsmiljoProcessSuggestions,
];

import type { ChecklistDocument, ChecklistTopic, PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for arbetsmiljö: topics that published Swedish and
// Nordic guides and requirement lists for IT procurements raise about the
// staff who will use the system, each mapped to the suggestions that cover
// it. Read 2026-11-29 in stored copies of the publishers' pages.
const checkedAt = "2026-11-29";

const documents: readonly ChecklistDocument[] = [
  {
    id: "d-prevent-bestallaransvarig",
    title: "Inför rätt IT – den beställaransvarige (krav på användbarhet och digital arbetsmiljö i upphandlingen)",
    publisher: "Prevent (Svenskt Näringsliv, LO och PTK)",
    year: 2025,
    checkedAt,
    url: "https://www.prevent.se/jobba-med-arbetsmiljo/osa/digital-arbetsmiljo/infor-ratt-it/scenarier/den-bestallaransvarige/",
  },
  {
    id: "d-suntarbetsliv-digironden",
    title: "Digironden – digital arbetsmiljö och digitala skyddsronder",
    publisher: "Suntarbetsliv (SKR, Sobona och fackförbunden i kommuner och regioner)",
    year: 2019,
    checkedAt,
    url: "https://digironden.suntarbetsliv.se/om-digital-arbetsmiljo/",
  },
  {
    id: "d-av-bildskarmsarbete",
    title: "Dator- och bildskärmsarbete: risker, ansvar och förebyggande arbete",
    publisher: "Arbetsmiljöverket",
    year: 2025,
    checkedAt,
    url: "https://www.av.se/inomhusmiljo/dator--och-bildskarmsarbete-ny/",
  },
  {
    id: "d-av-digitalt-arbetsliv",
    title: "EU-kampanj 2023–2025: Friska arbetsplatser i ett digitalt arbetsliv",
    publisher: "Arbetsmiljöverket och Myndigheten för arbetsmiljökunskap",
    year: 2023,
    checkedAt,
    url: "https://www.av.se/arbetsmiljoarbete-och-inspektioner/inspektioner-utredningar-och-kontroller/inspektion/aktuella-inspektioner/eu-kampanj-20232025-friska-arbetsplatser-i-ett-digitalt-arbetsliv/",
  },
  {
    id: "d-skr-sam-checklista",
    title: "Checklista för systematiskt arbetsmiljöarbete",
    publisher: "Sveriges Kommuner och Regioner (SKR)",
    year: 2023,
    checkedAt,
    url: "https://skr.se/skr/arbetsgivarekollektivavtal/arbetsmiljo/systematisktarbetsmiljoarbete/checklista.9579.html",
  },
  {
    id: "d-sundsvall-kravstallning",
    title: "Kravställning vid upphandling av it-stöd (bruttolista med krav)",
    publisher: "Sundsvalls kommun",
    year: 2022,
    checkedAt,
    url: "https://utveckling.sundsvall.se/modeller-och-metoder/kravstallning-vid-upphandling-av-it-stod/",
  },
  {
    id: "d-ssb-uu-krav",
    title: "Krav til universell utforming ved anskaffelser av IKT-systemer",
    publisher: "Statistisk sentralbyrå (SSB), Norge",
    year: 2023,
    checkedAt,
    url: "https://www.ssb.no/diverse/tilgjengelighet/krav-til-universell-utforming-ved-anskaffelser-av-ikt-systemer",
  },
  {
    id: "d-dfo-universell-utforming",
    title: "Krav om universell utforming i anskaffelser av IT",
    publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge",
    year: 2024,
    checkedAt,
    url: "https://anskaffelser.no/hva-skal-du-kjope/it/krav-om-universell-utforming-i-anskaffelser-av-it",
  },
  {
    id: "d-mfd-upphandling",
    title: "Upphandling – krav på tillgänglighet och användarnas medverkan",
    publisher: "Myndigheten för delaktighet (MFD)",
    year: 2025,
    checkedAt,
    url: "https://www.mfd.se/samhallsomraden/upphandling/",
  },
];

type Topic = Omit<ChecklistTopic, "perspective">;

const topics: readonly Topic[] = [
  {
    id: "t-am-riskbedomning",
    topic: "Riskbedömning av arbetsmiljön innan systemet och arbetssättet ändras",
    documentIds: ["d-skr-sam-checklista", "d-av-bildskarmsarbete", "d-prevent-bestallaransvarig"],
    suggestionIds: ["s-am-riskbedomning-skyddsombud", "s-am-berorda-medarbetare"],
  },
  {
    id: "t-am-skyddsombud",
    topic: "Skyddsombudets medverkan i planering, kravställning och utvärdering",
    documentIds: ["d-suntarbetsliv-digironden", "d-skr-sam-checklista", "d-prevent-bestallaransvarig"],
    suggestionIds: ["s-am-riskbedomning-skyddsombud", "s-am-skyddsombud-utvardering", "s-am-anvandare-krav-test"],
  },
  {
    id: "t-am-samverkan-mbl",
    topic: "Samverkan och förhandling med arbetstagarorganisationerna",
    documentIds: ["d-skr-sam-checklista"],
    suggestionIds: ["s-am-mbl", "s-am-overvakning-bedomning"],
  },
  {
    id: "t-am-anvandare-delaktiga",
    topic: "Användarna deltar i kravställning, test och val av system",
    documentIds: ["d-prevent-bestallaransvarig", "d-mfd-upphandling"],
    suggestionIds: ["s-am-anvandare-krav-test", "s-am-skyddsombud-utvardering"],
  },
  {
    id: "t-am-matbara-mal",
    topic: "Mätbara mål och krav på användbarhet i stället för allmänna formuleringar",
    documentIds: ["d-prevent-bestallaransvarig"],
    suggestionIds: ["s-am-anvandbarhetsmal"],
  },
  {
    id: "t-am-anvandartest",
    topic: "Användbarheten prövas med användare och dokumenteras före leverans",
    documentIds: ["d-prevent-bestallaransvarig", "d-dfo-universell-utforming"],
    suggestionIds: ["s-am-anvandartest", "s-am-anvandbarhetsmal"],
  },
  {
    id: "t-am-leverantorens-metod",
    topic: "Leverantörens användarcentrerade utvecklingsprocess",
    documentIds: ["d-prevent-bestallaransvarig", "d-dfo-universell-utforming"],
    suggestionIds: ["s-am-mcd-metod"],
  },
  {
    id: "t-am-programvara-anpassad",
    topic: "Programvaran är anpassad till arbetsuppgiften och användaren och ger återkoppling",
    documentIds: ["d-av-bildskarmsarbete", "d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-bildskarmsarbete", "s-am-felmeddelanden"],
  },
  {
    id: "t-am-kognitiv-belastning",
    topic: "Kognitiv belastning: arbetsminne, överblick och avbrutna tankebanor",
    documentIds: ["d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-overblick", "s-am-aviseringar"],
  },
  {
    id: "t-am-aviseringar",
    topic: "Aviseringar och avbrott som medarbetaren inte styr över",
    documentIds: ["d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-aviseringar"],
  },
  {
    id: "t-am-inloggningar",
    topic: "Många inloggningar och lösenord",
    documentIds: ["d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-fa-inloggningar"],
  },
  {
    id: "t-am-system-hanger-ihop",
    topic: "System som inte hänger ihop och uppgifter som registreras flera gånger",
    documentIds: ["d-suntarbetsliv-digironden", "d-sundsvall-kravstallning"],
    suggestionIds: ["s-am-dubbelregistrering"],
  },
  {
    id: "t-am-svarstider",
    topic: "Långsamma system och väntetider",
    documentIds: ["d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-svarstider"],
  },
  {
    id: "t-am-teknikstrul",
    topic: "Teknik som inte fungerar och störningar i driften",
    documentIds: ["d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-driftavbrott", "s-am-driftstatus"],
  },
  {
    id: "t-am-egen-styrning",
    topic: "Egen styrning av arbetet, variation och pauser vid bildskärmsarbete",
    documentIds: ["d-av-bildskarmsarbete"],
    suggestionIds: ["s-am-egen-styrning", "s-am-inforande-tid"],
  },
  {
    id: "t-am-tillganglighet",
    topic: "Tillgänglighet enligt EN 301 549 också för interna system",
    documentIds: ["d-ssb-uu-krav", "d-dfo-universell-utforming", "d-mfd-upphandling", "d-sundsvall-kravstallning"],
    suggestionIds: ["s-am-tillganglighet-medarbetare"],
  },
  {
    id: "t-am-hjalpmedel",
    topic: "Stöd för skärmläsare, förstoring och andra hjälpmedel som anges med version",
    documentIds: ["d-ssb-uu-krav"],
    suggestionIds: ["s-am-tillganglighet-medarbetare", "s-am-arbetsanpassning"],
  },
  {
    id: "t-am-tidsgranser",
    topic: "Tidsgränser som användaren kan förlänga (WCAG via EN 301 549)",
    documentIds: ["d-ssb-uu-krav"],
    suggestionIds: ["s-am-tidsgranser"],
  },
  {
    id: "t-am-kunskap-utbildning",
    topic: "Medarbetarna har kunskap om hur systemen och programvaran används",
    documentIds: ["d-av-bildskarmsarbete", "d-prevent-bestallaransvarig"],
    suggestionIds: ["s-am-utbildning", "s-am-ovningsmiljo", "s-am-hjalp-superanvandare"],
  },
  {
    id: "t-am-inforande",
    topic: "Införandet planeras med tid för inlärning och hänsyn till arbetsbelastningen",
    documentIds: ["d-prevent-bestallaransvarig", "d-suntarbetsliv-digironden"],
    suggestionIds: ["s-am-inforande-tid", "s-am-hjalp-superanvandare"],
  },
  {
    id: "t-am-it-skyddsrond",
    topic: "Uppföljning med IT-skyddsrond efter införandet",
    documentIds: ["d-suntarbetsliv-digironden", "d-skr-sam-checklista"],
    suggestionIds: ["s-am-uppfoljande-riskbedomning", "s-am-medarbetarenkat"],
  },
  {
    id: "t-am-ansvar-leverantor",
    topic: "Ansvaret för brister i systemet: vem åtgärdar och hur rapporteras de",
    documentIds: ["d-suntarbetsliv-digironden", "d-prevent-bestallaransvarig"],
    suggestionIds: ["s-am-arbetsmiljoavvikelser", "s-am-medarbetarenkat"],
  },
  {
    id: "t-am-andringar",
    topic: "Förändringar i systemet riskbedöms innan de når medarbetarna",
    documentIds: ["d-skr-sam-checklista"],
    suggestionIds: ["s-am-avisering-andringar", "s-am-molnandringar"],
  },
  {
    id: "t-am-ergonomi-utrustning",
    topic: "Utrustningens utformning: bildskärm, tangentbord, styrdon och mobila enheter",
    documentIds: ["d-av-bildskarmsarbete"],
    suggestionIds: ["s-am-ergonomi-enheter", "s-am-tco-certified"],
  },
  {
    id: "t-am-distansarbete",
    topic: "Distansarbete och mobilt arbete",
    documentIds: ["d-av-bildskarmsarbete", "d-av-digitalt-arbetsliv"],
    suggestionIds: ["s-am-mobilt-arbete"],
  },
  {
    id: "t-am-overvakning",
    topic: "Digital övervakning och uppföljning av enskilda medarbetare",
    documentIds: ["d-av-digitalt-arbetsliv"],
    suggestionIds: ["s-am-loggning-medarbetare", "s-am-overvakning-bedomning"],
  },
  {
    id: "t-am-ai-arbetsplats",
    topic: "AI och algoritmisk styrning av arbetet",
    documentIds: ["d-av-digitalt-arbetsliv"],
    suggestionIds: ["s-am-ai-tillsyn", "s-am-ai-information", "s-am-ai-beskrivning"],
  },
];

export const checklist: PerspectiveChecklist = {
  documents,
  topics: topics.map((topic) => ({ ...topic, perspective: "arbetsmiljo" })),
};

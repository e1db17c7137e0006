import type { ChecklistDocument, ChecklistTopic, PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for kundnytta: topics from published Swedish and Nordic
// requirement lists and guides for digital services, each mapped to the
// suggestions that cover it. Documents were read on checkedAt; for an undated
// web page, year is the year it was read (the page gives no other).
const checkedAt = "2026-11-29";

const documents: readonly ChecklistDocument[] = [
  { id: "d-digg-dos-ataganden", title: "DOS-lagen, rättslig vägledning: 7. Åtaganden – vilka är kraven?", publisher: "Myndigheten för digital förvaltning (DIGG)", year: 2026, url: "https://www.digg.se/kunskap-och-stod/digital-tillganglighet/rattslig-vagledning/7.-ataganden---vilka-ar-kraven", checkedAt },
  { id: "d-mfd-upphandling", title: "Tillgänglighet i upphandling", publisher: "Myndigheten för delaktighet (MFD)", year: 2026, url: "https://www.mfd.se/samhallsomraden/upphandling/", checkedAt },
  { id: "d-sundsvall-kravstallning", title: "Kravställning vid upphandling av it-stöd (bruttolista)", publisher: "Sundsvalls kommun", year: 2026, url: "https://utveckling.sundsvall.se/modeller-och-metoder/kravstallning-vid-upphandling-av-it-stod/", checkedAt },
  { id: "d-riksrevisionen-digitala-tjanster", title: "Digitala tjänster till privatpersoner, kap. 4 Användbarhet, tillgänglighet och service", publisher: "Riksrevisionen", year: 2023, url: "https://www.riksrevisionen.se/rapporter/granskningsrapporter/2023/digitala-tjanster-till-privatpersoner---stora-utvecklingsmojligheter-for-statliga-myndigheter/4.-anvandbarhet-tillganglighet-och-service.html", checkedAt },
  { id: "d-boverket-fullmakter", title: "Fullmakter i samhällsbyggnadsprocessen", publisher: "Boverket", year: 2026, url: "https://boverket.se/sv/PBL-kunskapsbanken/teman/fullmakter", checkedAt },
  { id: "d-digg-digital-post", title: "Digital post för offentliga aktörer: så här funkar det", publisher: "Myndigheten för digital förvaltning (DIGG)", year: 2026, url: "https://digg.se/digitala-tjanster/digital-post/digital-post-for-dig-som-offentlig-aktor/sa-har-funkar-det", checkedAt },
  { id: "d-digg-e-legitimation", title: "E-legitimation: allmänna frågor", publisher: "Myndigheten för digital förvaltning (DIGG)", year: 2019, url: "https://elegitimation.se/fragorochsvar/allmannafragor.4.769a0b711614b669f29504.html", checkedAt },
  { id: "d-isof-spraklagen", title: "Vad reglerar språklagen?", publisher: "Institutet för språk och folkminnen (Isof)", year: 2026, url: "https://www.isof.se/stod-och-sprakrad/vanliga-fragor-och-svar/fragor-och-svar/vad-reglerar-spraklagen", checkedAt },
  { id: "d-digg-upphandling-data", title: "Rekommendationer för upphandling av data", publisher: "Myndigheten för digital förvaltning (DIGG) med Upphandlingsmyndigheten, eSam, RISE och Västra Götalandsregionen", year: 2022, url: "https://digg.se/kunskap-och-stod/oppna-och-delade-data/offentliga-aktorer/rekommendationer-for-upphandling-av-data", checkedAt },
  { id: "d-digst-faelles-krav", title: "Fælles krav til digitale løsninger, nr. 6: Understøttelse af styresystemer og browsere", publisher: "Digitaliseringsstyrelsen (Danmark)", year: 2019, url: "https://arkitektur.digst.dk/node/707", checkedAt },
  { id: "d-suomidigi-kompatibilitet", title: "Se till att de digitala tjänsterna är kompatibla med de programvaror och kommunikationsförbindelser som används allmänt", publisher: "Suomidigi, Myndigheten för digitalisering och befolkningsdata (Finland)", year: 2026, url: "https://www.suomidigi.fi/sv/lainsaadanto/laki-digitaalisten-palvelujen-tarjoamisesta-luku-2-viranomaisten-digitaalisten-palvelujen-jarjestaminen-yleisolle/se-till-att-de-digitala", checkedAt },
  { id: "d-dfo-universell-utforming", title: "Krav om universell utforming i anskaffelser av IT", publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge", year: 2026, url: "https://anskaffelser.no/hva-skal-du-kjope/it/krav-om-universell-utforming-i-anskaffelser-av-it", checkedAt },
  { id: "d-dfo-kravspesifikasjon", title: "Kravspesifikasjon (kravspesifisering av IT-systemer)", publisher: "Direktoratet for forvaltning og økonomistyring (DFØ), Norge", year: 2026, url: "https://anskaffelser.no/hva-skal-du-kjope/it/kravspesifisering-av-it-systemer/forberede-konkurransen/kravspesifikasjon", checkedAt },
  { id: "d-ssb-uu-krav", title: "Krav til universell utforming ved anskaffelser av IKT-systemer", publisher: "Statistisk sentralbyrå (SSB), Norge", year: 2026, url: "https://www.ssb.no/diverse/tilgjengelighet/krav-til-universell-utforming-ved-anskaffelser-av-ikt-systemer", checkedAt },
  { id: "d-um-forbered", title: "Förbered upphandlingen", publisher: "Upphandlingsmyndigheten", year: 2026, url: "https://upphandlingsmyndigheten.se/inkopsprocessen/forbered-upphandling", checkedAt },
  { id: "d-um-behovsanalys", title: "Behovsanalys", publisher: "Upphandlingsmyndigheten", year: 2026, url: "https://upphandlingsmyndigheten.se/inkopsprocessen/forbered-upphandling/behovsanalys", checkedAt },
  { id: "d-um-krav-pa-foremalet", title: "Krav på föremålet för upphandlingen", publisher: "Upphandlingsmyndigheten", year: 2026, url: "https://www.upphandlingsmyndigheten.se/inkopsprocessen/genomfor-upphandlingen/krav-pa-foremalet-for-upphandlingen", checkedAt },
  { id: "d-skr-infor-upphandling", title: "Att göra inför en upphandling, checklista", publisher: "Sveriges Kommuner och Regioner (SKR)", year: 2020, url: "https://skr.se/demokratiledningstyrning/upphandling/strategiskstyrningforsorjningsstrategi/inforupphandlingstyrdokument/attgorainnanupphandling.11719.html", checkedAt },
  { id: "d-skr-upphandlingsdokument-krav", title: "Upphandlingsdokument, krav", publisher: "Sveriges Kommuner och Regioner (SKR)", year: 2022, url: "https://skr.se/skr/demokratiledningstyrning/upphandlinginkop/upphandlingsprocessenupphandlingsdokument/upphandlingsdokumentkrav.10279.html", checkedAt },
];

const topic = (
  id: `t-kn-${string}`,
  name: string,
  documentIds: ChecklistTopic["documentIds"],
  suggestionIds: readonly string[],
  coveredElsewhere?: string,
): ChecklistTopic => ({ id, perspective: "kundnytta", topic: name, documentIds, suggestionIds, ...(coveredElsewhere ? { coveredElsewhere } : {}) });

const topics: readonly ChecklistTopic[] = [
  topic("t-kn-webblasare-os", "Tjänsten fungerar i de webbläsare och operativsystem användarna faktiskt använder, på dator och mobil", ["d-digst-faelles-krav", "d-suomidigi-kompatibilitet"], ["s-kn-webblasare-enheter"]),
  topic("t-kn-inga-tillagg", "Användaren behöver inte installera program, tillägg eller plugin", ["d-digst-faelles-krav"], ["s-kn-webblasare-enheter"]),
  topic("t-kn-forbindelse", "Tjänsten fungerar med allmänt använda förbindelser (angiven bandbredd)", ["d-suomidigi-kompatibilitet"], ["s-kn-svarstider-invanare"]),
  topic("t-kn-kompatibilitetstest", "Kompatibiliteten testas och testerna dokumenteras", ["d-suomidigi-kompatibilitet"], ["s-kn-webblasare-enheter", "s-kn-app-plattform"]),
  topic("t-kn-klientmiljo", "It-stödet fungerar i kommunens tekniska infrastruktur", ["d-sundsvall-kravstallning"], ["s-kn-klientmiljo"]),
  topic("t-kn-en-301-549", "Tillgänglighet enligt EN 301 549 V3.2.1 och WCAG 2.1 nivå A och AA", ["d-digg-dos-ataganden", "d-dfo-universell-utforming", "d-ssb-uu-krav", "d-sundsvall-kravstallning"], ["s-kn-wcag", "s-kn-responsiv", "s-kn-app-plattform"]),
  topic("t-kn-redogorelse", "Tillgänglighetsredogörelse med funktion för att anmäla brister", ["d-digg-dos-ataganden"], ["s-kn-tillganglighetsbrister", "s-ju-tillganglighetsredogorelse"]),
  topic("t-kn-tillsyn-ansvar", "Den offentliga aktören ansvarar för tillgängligheten och DIGG utövar tillsyn", ["d-digg-dos-ataganden", "d-mfd-upphandling"], ["s-kn-tillganglighetsbrister"]),
  topic("t-kn-hjalpmedel", "Stöd för skärmläsare, förstoring och andra hjälpmedel", ["d-ssb-uu-krav"], ["s-kn-app-plattform", "s-kn-wcag", "s-am-tillganglighet-medarbetare"]),
  topic("t-kn-uu-dokumentation", "Leverantören dokumenterar hur tillgänglighetskraven uppfylls", ["d-dfo-universell-utforming", "d-ssb-uu-krav"], ["s-kn-wcag"]),
  topic("t-kn-uu-test-utveckling", "Tillgängligheten testas under utvecklingen, före acceptanstest", ["d-dfo-universell-utforming"], ["s-kn-anvandartest-leverans"]),
  topic("t-kn-uu-efter-drift", "Utvärdering av hur lösningen hålls tillgänglig efter uppdateringar", ["d-dfo-universell-utforming"], ["s-kn-tillganglighetstest"]),
  topic("t-kn-slutanvandare", "Slutanvändarnas behov och kunskap tas till vara i kravställningen", ["d-mfd-upphandling"], ["s-kn-behovsanalys-anvandare", "s-kn-tillganglighetstest", "s-kn-dialog-anvandare"]),
  topic("t-kn-ombud", "Ombud och digitala fullmakter i e-tjänster", ["d-boverket-fullmakter", "d-digg-e-legitimation"], ["s-kn-ombud-fullmakt"]),
  topic("t-kn-foretradare", "Konsulter och företrädare sköter ärenden för sökande och företag", ["d-boverket-fullmakter"], ["s-kn-foretradare", "s-kn-ombud-fullmakt"]),
  topic("t-kn-e-legitimation", "Inloggning med granskad e-legitimation på angiven tillitsnivå", ["d-digg-e-legitimation"], ["s-kn-e-legitimation"]),
  topic("t-kn-digital-post", "Utskick till mottagarens digitala brevlåda med kvittens", ["d-digg-digital-post"], ["s-kn-digital-brevlada"]),
  topic("t-kn-avisering", "Avisering till mottagaren när något nytt kommit", ["d-digg-digital-post"], ["s-kn-aviseringar"]),
  topic("t-kn-kontakt-i-arendet", "Invånaren kan följa och kommunicera med myndigheten i sitt ärende", ["d-riksrevisionen-digitala-tjanster", "d-boverket-fullmakter"], ["s-kn-arendestatus"]),
  topic("t-kn-pausa", "En påbörjad ansökan kan pausas och återupptas", ["d-riksrevisionen-digitala-tjanster"], ["s-kn-spara-utkast"]),
  topic("t-kn-service-hjalp", "Hjälp och kontaktvägar för den som fastnar i tjänsten", ["d-riksrevisionen-digitala-tjanster"], ["s-kn-invanarsupport", "s-kn-assisterad-service"]),
  topic("t-kn-once-only", "Användaren ska inte behöva lämna samma uppgift mer än en gång", ["d-riksrevisionen-digitala-tjanster"], ["s-kn-engangsuppgift"]),
  topic("t-kn-uppfoljning-anvandbarhet", "Användbarheten och användarnas omdömen följs upp", ["d-riksrevisionen-digitala-tjanster"], ["s-kn-nojdhet", "s-kn-uppgiftsslutforande", "s-kn-forbattringsforslag"]),
  topic("t-kn-klarsprak", "Begripligt språk och begrepp (klarspråk)", ["d-isof-spraklagen", "d-riksrevisionen-digitala-tjanster"], ["s-kn-klarsprak", "s-kn-svenska-texter"]),
  topic("t-kn-minoritetssprak", "Nationella minoritetsspråk och andra språk än svenska", ["d-isof-spraklagen"], ["s-kn-fler-sprak", "s-kn-ai-sprak"]),
  topic("t-kn-mal-gevinster", "Mål och nyttor för anskaffningen beskrivs och följs upp", ["d-dfo-kravspesifikasjon"], ["s-kn-effektmal", "s-kn-nyttouppfoljning"]),
  topic("t-kn-nulage-processer", "Nuläge, arbetsprocesser och användare beskrivs för anbudsgivarna", ["d-dfo-kravspesifikasjon"], ["s-kn-anvandarscenarier", "s-kn-behovsanalys-anvandare"]),
  topic("t-kn-oppna-standarder", "Öppna standarder för samverkan och mot inlåsning", ["d-dfo-kravspesifikasjon", "d-sundsvall-kravstallning"], ["s-or-oppna-standarder", "s-kn-oppet-api"]),
  topic("t-kn-strukturerade-data", "Strukturerade, maskinläsbara data i öppna format", ["d-digg-upphandling-data"], ["s-kn-oppet-api", "s-kn-egna-uppgifter"]),
  topic("t-kn-separera-data", "Data av olika känslighetsgrad hålls åtskilda så att öppna data kan publiceras", ["d-digg-upphandling-data"], ["s-kn-oppna-data"]),
  topic("t-kn-ratt-till-data", "Rätten till data säkras i avtalet", ["d-digg-upphandling-data"], ["s-ju-dataagande"]),
  topic("t-kn-involvera-anvandare", "Slutanvändarna involveras tidigt i behovsanalysen, till exempel med intervjuer och enkäter", ["d-um-forbered", "d-skr-infor-upphandling"], ["s-kn-behovsanalys-anvandare"]),
  topic("t-kn-dokumentera-behov", "Behovsanalysen och nuläget (användare, integrationer) dokumenteras", ["d-um-behovsanalys"], ["s-kn-behovsanalys-anvandare", "s-kn-anvandarscenarier"]),
  topic("t-kn-funktionskrav", "Funktionskrav: vad som ska uppnås, kopplat till mål och effekter", ["d-um-krav-pa-foremalet", "d-skr-upphandlingsdokument-krav"], ["s-kn-helt-digitalt", "s-kn-anvandarscenarier", "s-kn-uppgiftsslutforande"]),
  topic("t-kn-standard-likvardigt", "Standarder anges med tillägget eller likvärdigt", ["d-um-krav-pa-foremalet"], ["s-kn-wcag", "s-kn-webblasare-enheter"]),
  topic("t-kn-motiv-verifikat", "Varje krav har motiv, kravtext och verifikat", ["d-skr-upphandlingsdokument-krav"], [],
    "Kravredigeraren har fälten motiv, verifikat och uppföljning på varje krav, och Granska varnar för ska-krav utan verifikat."),
  topic("t-kn-dialog-anvandare", "Dialog med leverantörer och användare innan kraven fastställs", ["d-skr-infor-upphandling"], ["s-kn-dialog-anvandare", "s-kn-scenariodemo"]),
];

export const checklist: PerspectiveChecklist = { documents, topics };

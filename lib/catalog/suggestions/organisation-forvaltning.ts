import type { Suggestion } from "@/lib/catalog/schema";

// Organisation, part 3: documentation, releases and further development,
// architecture and integration terms — what keeps the solution changeable
// and replaceable during a contract of many years.
const p = "organisation" as const;
const checkedAt = "2026-11-29";

export const organisationForvaltning: readonly Suggestion[] = [
  {
    id: "s-or-api-ingar", title: "API:er ingår i priset och är dokumenterade", perspective: p, topic: "oppenhet", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Lösningen ska ha API:er för att läsa och skriva de uppgifter som kommunen behöver i andra system. API:erna ska ingå i den löpande avgiften, vara dokumenterade på svenska eller engelska enligt OpenAPI 3 eller likvärdigt och få användas av kommunen och dess andra leverantörer utan extra licens. REST-API:er bör följa Diggs REST API-profil eller likvärdigt.",
    motiv: "Integrationer som kräver särskilda licenser eller som bara leverantören kan bygga låser in kommunen, enligt Konkurrensverket och EU-kommissionens Against lock-in; Diggs REST API-profil beskriver vad offentliga aktörer kan förvänta sig av ett API och dess dokumentation.",
    verifikat: "Anbudsgivaren bifogar API-dokumentationen eller en länk till den och bekräftar att API:erna ingår i priset.",
    uppfoljning: "Nya behov av integration prövas mot API-dokumentationen i förvaltningsforum.",
    modelIds: ["m-digg-rest-api-profil", "m-kkv-inlasning", "m-eu-lock-in"], conditions: {},
  },
  {
    id: "s-or-identitet", title: "Anslutning till kommunens identitets- och katalogtjänst", perspective: p, topic: "oppenhet", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Lösningen ska kunna anslutas till kommunens identitetslösning för gemensam inloggning (single sign-on) via SAML 2.0 eller OpenID Connect eller likvärdigt, och till kommunens katalogtjänst så att medarbetarkonton och behörigheter skapas, ändras och avslutas automatiskt (till exempel via SCIM 2.0 eller likvärdigt). Anslutningen ska ingå i priset för införandet.",
    motiv: "Konton som administreras för hand blir kvar när medarbetare slutar och kostar tid i förvaltningen; Sundsvalls kommuns kravlista för it-stöd ställer krav på att it-stödet fungerar i kommunens it-infrastruktur, och DFØ:s vägledning för kravspecifikation lyfter öppna standarder.",
    verifikat: "Anbudsgivaren anger vilka standarder för inloggning och kontohantering lösningen stöder.",
    uppfoljning: "Anslutningen provas i acceptanstestet; kvarvarande konton för slutade medarbetare kontrolleras årligen.",
    modelIds: ["m-sundsvall-kravstallning", "m-dfo-kravspesifikasjon"], conditions: { userGroups: ["staff"] },
  },
  {
    id: "s-or-dokumentation", title: "Dokumentation på svenska som hålls aktuell", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Leverantören ska utan extra kostnad tillhandahålla användardokumentation och administratörsdokumentation på svenska samt system- och driftdokumentation (arkitektur, integrationer, datamodell, behörighetsmodell) på svenska eller engelska. Dokumentationen ska uppdateras senast när en ny release tas i drift och finnas digitalt för kommunen under hela avtalstiden.",
    motiv: "Språket i offentlig verksamhet är svenska enligt 10 § språklagen (2009:600), och förvaltning, utbildning och exit kräver aktuell dokumentation; DFØ:s standardavtal för drift reglerar dokumentation som en del av leveransen.",
    verifikat: "Anbudsgivaren bifogar innehållsförteckning för respektive dokumentation och exempel på användardokumentation.",
    uppfoljning: "Förvaltningsledaren kontrollerar vid varje release att dokumentationen har uppdaterats.",
    modelIds: ["m-spraklagen", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-testmiljo", title: "Testmiljö för kommunens egen provning", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Leverantören ska i den löpande avgiften ge kommunen en testmiljö, skild från produktionsmiljön, där nästa release finns minst tio arbetsdagar innan den tas i drift. Testmiljön ska innehålla påhittade eller avidentifierade testdata och kunna anslutas till kommunens testmiljöer för integrationer.",
    motiv: "Kommunen måste kunna pröva nya versioner mot egna rutiner och integrationer innan de når användarna; DFØ:s standardavtal för drift har test före driftstart som ett eget steg.",
    verifikat: "Anbudsgivaren bekräftar villkoret och beskriver testmiljön.",
    uppfoljning: "Förvaltningen för logg över tester inför varje release.",
    modelIds: ["m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-releaser", title: "Releaser med varsel och releaseinformation", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska avisera varje release minst 30 dagar innan den tas i drift, och ändringar som påverkar arbetssätt, behörigheter eller integrationer minst sex veckor i förväg, med releaseinformation på svenska som beskriver ändringarna och deras påverkan för användare, administratörer och integrationer. Säkerhetsuppdateringar får göras med kortare varsel.",
    motiv: "Ändringar som kommer utan förvarning stör verksamheten och kan bryta integrationer; pm3 och eSams vägledning om it-avtal beskriver planerade releaser och information till förvaltningen.",
    verifikat: "Anbudsgivaren bekräftar villkoret och bifogar ett exempel på releaseinformation.",
    uppfoljning: "Releaser och varsel redovisas i driftrapporten och tas upp i förvaltningsforum.",
    modelIds: ["m-pm3", "m-esam-it-avtal"], conditions: {},
  },
  {
    id: "s-or-versioner-ingar", title: "Nya versioner ingår i den löpande avgiften", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Nya versioner, uppdateringar och säkerhetsrättningar av standardprodukten ska ingå i den löpande avgiften under hela avtalstiden, och leverantören ska hålla kommunens installation på en version som får säkerhetsrättningar.",
    motiv: "Om nya versioner prissätts separat kan kommunen bli kvar på en version utan säkerhetsrättningar; eSams vägledning om it-avtal och DFØ:s standardavtal för molnbaserade lösningar tar upp nya versioner som en del av leveransen.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Aktuell version och supportstatus redovisas i förvaltningsforum.",
    modelIds: ["m-esam-it-avtal", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-andringsbegaran", title: "Ändringsbegäran med skriftligt förslag och fast timpris", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska inom tio arbetsdagar besvara en ändringsbegäran från kommunen med ett skriftligt förslag som anger lösning, tidplan, pris enligt prisbilagans timpriser och påverkan på drift, säkerhet och integrationer. Arbete får påbörjas och debiteras först efter kommunens skriftliga beställning.",
    motiv: "Vidareutveckling under avtalstiden blir förutsägbar först när process och pris är avtalade; eSams vägledning om it-avtal och DFØ:s standardavtal reglerar ändringar genom skriftligt ändringsförslag och beställning.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Ändringsbegäranden och beställningar förs i en logg som gås igenom i förvaltningsforum.",
    modelIds: ["m-esam-it-avtal", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-regressionstest", title: "Regressionstest före varje release", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör beskriva hur kärnfunktioner och integrationer regressionstestas före varje release, med automatiserade tester och en testrapport som kommunen kan ta del av. Beskrivningen poängsätts efter hur stor del av kärnfunktionerna och integrationerna som testas.",
    motiv: "Fel som en release för in drabbar alla kunder samtidigt; DFØ:s standardavtal och publicerade kravspecifikationer för förvaltning tar upp testaktiviteter före driftsättning.",
    verifikat: "Anbudsgivaren beskriver sin testprocess och bifogar exempel på testrapport; poängsätts enligt bedömningsmall.",
    uppfoljning: "Fel som uppstått genom en release redovisas särskilt i driftrapporten.",
    modelIds: ["m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-releaseval", title: "Kommunen kan skjuta upp en release", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör låta kommunen skjuta upp en release som inte är en säkerhetsrättning i upp till tre månader, till exempel för att undvika ändringar under terminsstart, bokslut eller semesterperiod. Anbud som erbjuder detta utan extra kostnad ges mervärde.",
    motiv: "Verksamheten har perioder då ändrade arbetssätt gör stor skada; Edtechkartans råd om avtal tar upp hur utvecklingsarbetet ska läggas upp mellan beställare och leverantör, och pm3 planerar förvaltningen efter verksamhetens år.",
    verifikat: "Anbudsgivaren anger om och hur releaser kan skjutas upp; poängsätts enligt bedömningsmall.",
    uppfoljning: "Uppskjutna releaser dokumenteras i förvaltningsforum.",
    modelIds: ["m-edtechkartan", "m-pm3"], conditions: {},
  },
  {
    id: "s-or-modular", title: "Utbytbara delar och redovisade beroenden", perspective: p, topic: "oppenhet", level: "bor", kravtyp: "TK", phase: "UV", weight: 4, checkedAt,
    text: "Anbudsgivaren bör beskriva lösningens delar (till exempel e-tjänst, handläggning, dokumenthantering, rapporter) och hur varje del kan bytas ut mot en annan leverantörs via dokumenterade gränssnitt utan att resten av lösningen påverkas. Beskrivningen poängsätts efter hur många delar som kan bytas ut var för sig.",
    motiv: "En lösning i utbytbara delar gör att kommunen kan byta en del i taget i stället för allt på en gång; DFØ:s vägledning för kravspecifikation och EU-kommissionens Against lock-in pekar på öppna standarder och gränssnitt mot inlåsning.",
    verifikat: "Anbudsgivaren bifogar en arkitekturbeskrivning; poängsätts enligt bedömningsmall.",
    uppfoljning: "Arkitekturbeskrivningen uppdateras vid större releaser och gås igenom i förvaltningsforum.",
    modelIds: ["m-dfo-kravspesifikasjon", "m-eu-lock-in"], conditions: {},
  },
  {
    id: "s-or-tredjepartsberoenden", title: "Inga dolda licenser från tredje part", perspective: p, topic: "oppenhet", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Lösningen ska inte kräva att kommunen skaffar programvara, licenser eller tjänster från tredje part utöver dem som anges i anbudet. Anbudsgivaren ska redovisa alla sådana beroenden med licensvillkor och pris i prisbilagan.",
    motiv: "Beroenden som först upptäcks efter avtalet ger kostnader som inte konkurrensutsatts och kan låsa kommunen vid en viss plattform, enligt Konkurrensverkets rapport om inlåsning; Sundsvalls kommuns kravlista varnar för it-stöd som blir kostsamma och inte passar kommunens infrastruktur.",
    verifikat: "Anbudsgivaren bifogar förteckning över beroenden från tredje part eller intygar att sådana saknas.",
    uppfoljning: "Förteckningen uppdateras vid större releaser.",
    modelIds: ["m-kkv-inlasning", "m-sundsvall-kravstallning"], conditions: {},
  },
  {
    id: "s-or-api-versioner", title: "Versionspolicy och varsel före ändrade API:er", perspective: p, topic: "oppenhet", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska versionshantera sina API:er, avisera ändringar som inte är bakåtkompatibla minst sex månader i förväg och hålla den tidigare versionen i drift i minst sex månader efter att den nya versionen finns, med en ändringslogg för varje version.",
    motiv: "En integration som slutar fungera utan varsel stoppar verksamheten; Diggs REST API-profil tar upp versionshantering av API:er, och eSams vägledning om it-avtal tar upp ändringar som påverkar kunden.",
    verifikat: "Anbudsgivaren bifogar sin versionspolicy för API:er.",
    uppfoljning: "Aviserade API-ändringar följs upp i förvaltningsforum med plan för anpassning.",
    modelIds: ["m-digg-rest-api-profil", "m-esam-it-avtal"], conditions: { productTypes: ["integration"] },
  },
  {
    id: "s-or-anvandarforening", title: "Kundråd eller användarförening med inflytande", perspective: p, topic: "samverkan", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör ha ett kundråd eller en användarförening där kunderna minst en gång per år får prioritera vidareutvecklingen av produkten. Beskrivningen poängsätts efter hur kundernas prioriteringar påverkar roadmapen.",
    motiv: "Kommuner som samverkar kring samma produkt får större inflytande och kan dela på kostnaden för utveckling; SKR och Adda samt eSams vägledning för digital samverkan beskriver nyttan av samverkan.",
    verifikat: "Anbudsgivaren beskriver forum, deltagare och hur prioriteringar förs in i roadmapen; poängsätts enligt bedömningsmall.",
    uppfoljning: "Kommunens deltagande och utfall redovisas i förvaltningsforum.",
    modelIds: ["m-skr-adda-samverkan", "m-esam-digital-samverkan"], conditions: {},
  },
];

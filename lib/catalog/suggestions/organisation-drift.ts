import type { Suggestion } from "@/lib/catalog/schema";

// Organisation, part 2: operation, fault handling, backup and continuity.
// Every service level names its measure, window and exclusions so that a
// bidder can price it and the municipality can follow it up.
const p = "organisation" as const;
const checkedAt = "2026-11-29";

export const organisationDrift: readonly Suggestion[] = [
  {
    id: "s-or-felklasser", title: "Felklasser med svarstid och åtgärdstid", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska hantera fel enligt fyra felklasser. Prioritet 1: tjänsten eller en kärnfunktion är inte tillgänglig för flertalet användare, eller data riskerar att gå förlorade – svar inom 30 minuter och åtgärd inom fyra timmar under supporttid. Prioritet 2: en funktion fungerar inte för en grupp användare och kommunen har inte godtagit någon tillfällig lösning – svar inom två timmar, åtgärd inom en arbetsdag. Prioritet 3: fel med godtagen tillfällig lösning – åtgärd inom tio arbetsdagar. Prioritet 4: övriga fel – åtgärd i nästa planerade release. Kommunen anger felklass vid anmälan; leverantören får inte sänka den utan kommunens medgivande.",
    motiv: "Ett fel med \"hög prioritet\" går inte att följa upp om prioriteten inte är definierad; DFØ:s standardavtal och publicerade kommunala servicenivåbilagor anger felkategorier med svarstid och åtgärdstid, och Upphandlingsmyndigheten betonar mätbara villkor för avtalsuppföljning.",
    verifikat: "Anbudsgivaren bekräftar felklasserna och tiderna i avtalsbilagan.",
    uppfoljning: "Svarstid och åtgärdstid per ärende och felklass redovisas i den månatliga driftrapporten; överskridanden hanteras enligt vitesbilagan.",
    modelIds: ["m-dfo-ssa", "m-um-avtalsforvaltning"], conditions: {},
  },
  {
    id: "s-or-felklass-kritisk", title: "Prioritet 1-fel åtgärdas dygnet runt", perspective: p, topic: "kontinuitet", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "För samhällsviktig verksamhet ska fel i prioritet 1 (tjänsten eller en kärnfunktion är inte tillgänglig för flertalet användare) kunna anmälas per telefon dygnet runt alla dagar, besvaras inom 30 minuter och åtgärdas inom fyra timmar från anmälan, även utanför kontorstid.",
    motiv: "En verksamhet som bedrivs dygnet runt, som hemtjänst, socialjour eller vård, kan inte vänta till nästa vardag; Myndigheten för civilt försvar (MCF, tidigare MSB) och Upphandlingsmyndigheten beskriver leveranssäkerhet som ett krav att ställa i upphandling till samhällsviktig verksamhet.",
    verifikat: "Anbudsgivaren bekräftar villkoret och anger telefonnummer och bemanning för jour.",
    uppfoljning: "Jourärenden redovisas separat i driftrapporten; jourfunktionen provas vid den årliga krisövningen.",
    modelIds: ["m-um-samhallsviktig", "m-msb-samhallsviktig", "m-dfo-ssa"], conditions: { critical: true },
  },
  {
    id: "s-or-driftinformation", title: "Driftinformation och störningsmeddelanden", perspective: p, topic: "forvaltning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska meddela planerat underhåll minst fem arbetsdagar i förväg och en oplanerad störning inom 30 minuter från att den upptäckts, via e-post till kommunens kontaktpersoner och en driftinformationssida, och därefter lämna status minst varje timme tills störningen är åtgärdad. Efter ett fel i prioritet 1 ska leverantören inom tio arbetsdagar lämna en skriftlig rapport med orsak och åtgärder.",
    motiv: "Kommunen måste kunna informera medarbetare och invånare och starta reservrutiner; DFØ:s standardavtal för drift reglerar underrättelse om uppkomna händelser, och Upphandlingsmyndighetens stöd för avtalsförvaltning bygger på att avvikelser rapporteras.",
    verifikat: "Anbudsgivaren bekräftar villkoret och beskriver kanalerna för driftinformation.",
    uppfoljning: "Meddelanden och rapporter efter fel i prioritet 1 gås igenom vid avtalsmötet.",
    modelIds: ["m-dfo-ssa", "m-um-avtalsforvaltning"], conditions: {},
  },
  {
    id: "s-or-sakerhetskopiering", title: "Säkerhetskopiering med årligt återläsningstest", perspective: p, topic: "kontinuitet", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Kommunens data ska säkerhetskopieras minst en gång per dygn till en annan fysisk plats än produktionsmiljön, skyddas lika väl som originalet och sparas i minst 30 dagar. Data ska kunna återställas med högst 24 timmars dataförlust (RPO) inom högst 24 timmar (RTO). Leverantören ska testa återläsning minst en gång per år och redovisa resultatet.",
    motiv: "IMY:s vägledning om säkerhetskopiering anger att behov, periodicitet och lagringstid ska fastställas och att återläsning ska testas regelbundet; en kopia som aldrig återlästs är ingen garanti.",
    verifikat: "Anbudsgivaren beskriver rutinen för säkerhetskopiering och återläsning och bekräftar RPO och RTO.",
    uppfoljning: "Protokoll från återläsningstestet lämnas årligen och gås igenom i förvaltningsforum.",
    modelIds: ["m-imy-sakerhetskopiering", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-sakerhetskopiering-kritisk", title: "Kort återställningstid för samhällsviktig verksamhet", perspective: p, topic: "kontinuitet", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "För samhällsviktig verksamhet ska tjänsten kunna återställas med högst en timmes dataförlust (RPO) inom högst fyra timmar (RTO) efter ett haveri, även när en hel driftplats slås ut. Kommunen ska på begäran få närvara vid ett återställningstest per år.",
    motiv: "Verksamhet som kommunen måste upprätthålla under kris tål inte ett dygns dataförlust; Myndigheten för civilt försvar (MCF, tidigare MSB) beskriver återställning som en del av kontinuitetshanteringen och IMY kräver att återläsning testas.",
    verifikat: "Anbudsgivaren beskriver arkitekturen för redundans och återställning och bekräftar RPO och RTO.",
    uppfoljning: "Återställningstestet dokumenteras med uppmätt RPO och RTO; avvikelser åtgärdas enligt plan.",
    modelIds: ["m-msb-kontinuitet", "m-imy-sakerhetskopiering"], conditions: { critical: true },
  },
  {
    id: "s-or-reservrutin", title: "Underlag för manuella reservrutiner vid avbrott", perspective: p, topic: "kontinuitet", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska stödja kommunens manuella reservrutiner genom att minst en gång per dygn göra de uppgifter som verksamheten behöver vid ett avbrott (till exempel aktuella insatser, planeringar och kontaktuppgifter) tillgängliga för kommunen som en läsbar fil eller i en läsbar kopia som fungerar när tjänsten inte gör det.",
    motiv: "Vid längre avbrott måste personalen kunna fortsätta arbetet; Myndigheten för civilt försvar (MCF, tidigare MSB) och Upphandlingsmyndigheten beskriver reservrutiner som en del av kontinuiteten i samhällsviktig verksamhet.",
    verifikat: "Anbudsgivaren beskriver hur uppgifterna görs tillgängliga vid avbrott.",
    uppfoljning: "Reservrutinen provas vid den årliga kontinuitetsövningen.",
    modelIds: ["m-msb-kontinuitet", "m-um-samhallsviktig"], conditions: { critical: true },
  },
  {
    id: "s-or-driftrapport", title: "Månatlig driftrapport med nyckeltal", perspective: p, topic: "uppfoljning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska senast tio arbetsdagar efter varje månads slut lämna en driftrapport med uppmätt tillgänglighet enligt avtalets mätmetod, fel per felklass med svarstider och åtgärdstider, planerat underhåll, genomförda ändringar och releaser samt resultat av återläsningstester.",
    motiv: "Uppföljning kräver underlag; Upphandlingsmyndighetens stöd för avtalsförvaltning och SKR:s skrift om uppföljning av upphandlade kontrakt rekommenderar nyckeltal som leverantören rapporterar, och DFØ:s standardavtal för drift har en rapporteringsplikt.",
    verifikat: "Anbudsgivaren bifogar ett exempel på driftrapport.",
    uppfoljning: "Rapporten stäms av mot kommunens egna felanmälningar och gås igenom vid avtalsmötet.",
    modelIds: ["m-um-avtalsforvaltning", "m-skr-uppfoljning", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-overvakning", title: "Kommunen ser övervakningen av tjänsten", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör ge kommunen läsbehörighet i realtid till övervakningen av tjänstens tillgänglighet och svarstider, till exempel via en statussida eller instrumentpanel. Anbud som erbjuder detta utan extra kostnad ges mervärde.",
    motiv: "När kommunen själv ser mätvärdena behöver uppföljningen inte bygga enbart på leverantörens rapport; DFØ:s råd om uppföljning av molntjänster pekar ut kontroll av tillgänglighet och svarstider som kundens uppgift.",
    verifikat: "Anbudsgivaren beskriver övervakningen och hur kommunen får tillgång; poängsätts enligt bedömningsmall.",
    uppfoljning: "Övervakningens värden jämförs med driftrapporten vid avtalsmötet.",
    modelIds: ["m-dfo-skytjenester-oppfolging", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-tillganglighet-mervarde", title: "Högre tillgänglighet ger mervärde", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 6, checkedAt,
    text: "Anbudsgivaren bör åta sig en högre tillgänglighet än 99,5 % per kalendermånad, mätt på samma sätt och med samma undantag som i avtalets krav på tillgänglighet. Ett åtagande om 99,8 % eller mer ges fullt mervärde, 99,7 % halvt.",
    motiv: "Tillgänglighet är en kvalitet som kan prissättas; som tilldelningskriterium med angiven mätmetod låter den anbudsgivare konkurrera med driftsäkerhet, i linje med Upphandlingsmyndighetens stöd för tilldelningskriterier och avtalsuppföljning.",
    verifikat: "Anbudsgivaren anger sin åtagna tillgänglighet i anbudsformuläret.",
    uppfoljning: "Den åtagna nivån ersätter 99,5 % i avtalet och följs upp i driftrapporten.",
    modelIds: ["m-um-avtalsforvaltning", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-supporttid-utokad", title: "Utökad supporttid ger mervärde", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Eftersom invånare använder tjänsten även kvällar och helger bör anbudsgivaren erbjuda kommunens förvaltning support på svenska även vardagar 07.00–08.00 och 17.00–19.00 samt lördagar 09.00–15.00, utan extra kostnad. Varje utökning ges mervärde enligt bedömningsmallen.",
    motiv: "Invånare använder kommunens digitala tjänster när de själva har tid, ofta efter kontorstid, och kommunens personal som svarar dem behöver då kunna få hjälp; utökad supporttid är en kvalitet som anbudsgivare kan konkurrera med, som servicenivåbilagor i publicerade kommunala förfrågningsunderlag visar.",
    verifikat: "Anbudsgivaren anger supporttider i anbudsformuläret.",
    uppfoljning: "Supporttiderna följs upp i driftrapporten.",
    modelIds: ["m-um-avtalsforvaltning"], conditions: { userGroups: ["citizens"] },
  },
  {
    id: "s-or-avtalsansvarig", title: "Avtalsansvarig och avvikelsehantering", perspective: p, topic: "uppfoljning", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Leverantören ska utse en namngiven avtalsansvarig som kommunens kontaktperson i avtalsfrågor och som deltar i avtalsmöten minst varje kvartal. Vid en avvikelse från avtalet ska leverantören inom tio arbetsdagar lämna en åtgärdsplan med ansvarig och tidpunkt.",
    motiv: "Upphandlingsmyndigheten beskriver avtalsförvaltning som en löpande dialog med kontaktpersoner, möten och dokumenterad avvikelsehantering; utan en ansvarig hos leverantören blir avvikelser liggande.",
    verifikat: "Anbudsgivaren anger avtalsansvarig och bekräftar villkoret.",
    uppfoljning: "Åtgärdsplaner följs upp vid nästa avtalsmöte tills de är stängda.",
    modelIds: ["m-um-avtalsforvaltning", "m-skr-uppfoljning"], conditions: {},
  },
  {
    id: "s-or-felavhjalpning-mervarde", title: "Kortare åtgärdstid för prioritet 1 ger mervärde", perspective: p, topic: "forvaltning", level: "bor", kravtyp: "TK", phase: "UV", weight: 4, checkedAt,
    text: "Anbudsgivaren bör åta sig att åtgärda fel i prioritet 1 (tjänsten eller en kärnfunktion är inte tillgänglig för flertalet användare) inom kortare tid än fyra timmar. Ett åtagande om högst två timmar ges fullt mervärde, högst tre timmar halvt.",
    motiv: "Åtgärdstiden avgör hur länge verksamheten står still; som tilldelningskriterium med definierad felklass kan anbudsgivare konkurrera med sin förmåga att åtgärda fel, i linje med DFØ:s standardavtal och Upphandlingsmyndighetens stöd för avtalsuppföljning.",
    verifikat: "Anbudsgivaren anger sin åtagna åtgärdstid i anbudsformuläret.",
    uppfoljning: "Den åtagna tiden ersätter fyra timmar i avtalet och följs upp i driftrapporten.",
    modelIds: ["m-dfo-ssa", "m-um-avtalsforvaltning"], conditions: {},
  },
  {
    id: "s-or-datakopia-kommun", title: "Regelbunden kopia av data till kommunens lagring", perspective: p, topic: "kontinuitet", level: "bor", kravtyp: "TK", phase: "UV", weight: 3, checkedAt,
    text: "Anbudsgivaren bör erbjuda att en fullständig kopia av kommunens data, i de format som avtalet anger för export, levereras automatiskt minst en gång per vecka till lagring som kommunen själv kontrollerar. Anbud som erbjuder detta utan extra kostnad ges mervärde.",
    motiv: "En kopia i kommunens egen förvaring skyddar mot att leverantören drabbas av ett långvarigt avbrott, en konkurs eller en tvist; IMY rekommenderar att säkerhetskopior förvaras avskilt, och Myndigheten för civilt försvar (MCF, tidigare MSB) beskriver beroenden av leverantörer som en kontinuitetsrisk.",
    verifikat: "Anbudsgivaren beskriver leveransen av kopian; poängsätts enligt bedömningsmall.",
    uppfoljning: "Kommunen kontrollerar kvartalsvis att kopian kommit och går att läsa.",
    modelIds: ["m-imy-sakerhetskopiering", "m-msb-kontinuitet"], conditions: {},
  },
  {
    id: "s-or-kallkodsdeposition", title: "Källkodsdeposition för samhällsviktig verksamhet", perspective: p, topic: "kontinuitet", level: "bor", kravtyp: "AV", phase: "AU", weight: 2, checkedAt,
    unverified: "Att eSams vägledning tar upp källkodsdeposition är inte kontrollerat i vägledningens text; kravet är vår tillämpning av kontinuitetsstödet.",
    text: "Leverantören bör deponera aktuell källkod och byggdokumentation för lösningen hos en oberoende part, uppdaterad vid varje större release, med rätt för kommunen att få ut materialet om leverantören går i konkurs eller upphör att förvalta lösningen. Anbud som åtar sig detta ges mervärde.",
    motiv: "För samhällsviktig verksamhet måste lösningen kunna förvaltas vidare även om leverantören försvinner; eSams vägledning om it-avtal och Myndigheten för civilt försvar (MCF, tidigare MSB) beskriver beroendet av en enskild leverantör som en risk att hantera i avtalet.",
    verifikat: "Anbudsgivaren anger om villkoret accepteras och vilken part som förvarar materialet; poängsätts enligt bedömningsmall.",
    uppfoljning: "Intyg om uppdaterad deposition begärs årligen.",
    modelIds: ["m-esam-it-avtal", "m-msb-kontinuitet"], conditions: { critical: true },
  },
];

import type { Suggestion } from "@/lib/catalog/schema";

// Organisation, part 4: price model and price adjustment, reorganisations
// and volume, the supplier's staff, joining municipalities and the
// procedure-specific duties.
const p = "organisation" as const;
const checkedAt = "2026-11-29";

export const organisationAvtal: readonly Suggestion[] = [
  {
    id: "s-or-timpriser", title: "Fasta timpriser per roll under hela avtalstiden", perspective: p, topic: "avtal", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    unverified: "Vad eSams vägledning säger om timpriser är inte läst i vägledningen själv; hänvisningen bygger på dess innehållsförteckning och sammanfattning.",
    text: "Anbudsgivaren ska i prisbilagan ange fasta timpriser per roll (till exempel projektledare, utvecklare, integrationsspecialist, utbildare) som gäller under hela avtalstiden, med ändring endast enligt avtalets prisjustering, och som används för ändringar, integrationer, utbildning och exitassistans som inte ingår i de fasta avgifterna.",
    motiv: "Vidareutveckling och tilläggstjänster står ofta för en stor del av kostnaden över avtalstiden; fasta timpriser gör dem jämförbara i utvärderingen och förutsägbara i förvaltningen, enligt eSams vägledning om it-avtal.",
    verifikat: "Anbudsgivaren fyller i timpriserna i prisbilagan.",
    uppfoljning: "Fakturerade timmar granskas mot beställningar och prisbilagan kvartalsvis.",
    modelIds: ["m-esam-it-avtal"], conditions: {},
  },
  {
    id: "s-or-prisjustering", title: "Prisjustering enligt namngivet index", perspective: p, topic: "avtal", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "Priserna ska vara fasta under de första tolv avtalsmånaderna och får därefter justeras en gång per år med högst förändringen i det index som anges i avtalet (till exempel SCB:s arbetskostnadsindex för tjänstemän inom den privata sektorn för timpriser och konsumentprisindex för avgifter), räknat från månaden före avtalsstart. Begäran om justering ska lämnas skriftligt minst 60 dagar i förväg med beräkning.",
    motiv: "En prisjusteringsklausul med namngivet index, basmånad och tidpunkt gör avtalet förutsägbart för båda parter och hindrar att priset ändras på sätt som inte konkurrensutsatts; eSams vägledning om it-avtal tar upp prisreglering, och Upphandlingsmyndigheten beskriver hur ändringsklausuler måste vara klara och exakta.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Begärda justeringar kontrolleras mot indexet innan de godkänns.",
    modelIds: ["m-esam-it-avtal", "m-um-andringar-avtal"], conditions: {},
  },
  {
    id: "s-or-licensmodell", title: "Licensmått som kommunen kan kontrollera", perspective: p, topic: "avtal", level: "ska", kravtyp: "KF", phase: "KS", checkedAt,
    text: "Anbudsgivaren ska ange vad som räknas som en debiterbar användare eller enhet (till exempel namngivet konto som loggat in under kalendermånaden). Konton som inte använts under månaden, testkonton och konton för leverantörens egen personal får inte debiteras, och kommunen ska själv kunna se antalet debiterbara användare i lösningen.",
    motiv: "Oklara licensmått leder till tvister och till att kommunen betalar för inaktiva konton; DFØ:s råd om uppföljning av molntjänster pekar ut kontroll av att abonnemang och volym motsvarar behovet och av fakturor som kundens uppgift.",
    verifikat: "Anbudsgivaren beskriver licensmåttet och hur kommunen ser antalet debiterbara användare.",
    uppfoljning: "Fakturerat antal stäms av mot lösningens egen redovisning kvartalsvis.",
    modelIds: ["m-dfo-skytjenester-oppfolging"], conditions: {},
  },
  {
    id: "s-or-omorganisation", title: "Omorganisationer och sammanslagningar utan ny licenskostnad", perspective: p, topic: "avtal", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    text: "När kommunen lägger till, tar bort, delar eller slår samman enheter, förvaltningar eller nämnder, eller går samman med en annan kommun, ska leverantören anpassa organisationsstruktur, behörigheter och befintliga uppgifter i lösningen. Avtalet ska gälla för den nya organisationen utan ny licensavgift utöver avgiften per användare, och anpassningen debiteras enligt prisbilagans timpriser.",
    motiv: "Kommuner omorganiserar ofta under ett avtal på flera år; utan ett villkor som anger vad som gäller riskerar kommunen nya licensavgifter eller en ny upphandling. Upphandlingsmyndigheten och 17 kap. LOU beskriver hur en ändringsklausul måste vara klar, exakt och entydig för att ändringen ska vara tillåten.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Planerade omorganisationer tas upp i förvaltningsforum minst tre månader innan de genomförs.",
    modelIds: ["m-um-andringar-avtal", "m-lou"], conditions: {},
  },
  {
    id: "s-or-volym", title: "Fler eller färre användare till samma styckpris", perspective: p, topic: "avtal", level: "ska", kravtyp: "AV", phase: "KS", checkedAt,
    text: "Kommunen ska under avtalstiden kunna öka eller minska antalet användare med upp till 30 % per avtalsår jämfört med det antal som anges i upphandlingsdokumenten, till prisbilagans pris per användare och utan att andra villkor ändras. Ändringen ska få genomslag på fakturan från månaden efter att kommunen meddelat den.",
    motiv: "Behovet förändras med befolkning, verksamhet och organisation; en option med angiven omfattning gör ändringen förutsägbar och tillåten enligt 17 kap. LOU, som Upphandlingsmyndigheten beskriver.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Antal användare följs upp vid den årliga avtalsuppföljningen.",
    modelIds: ["m-um-andringar-avtal", "m-lou"], conditions: {},
  },
  {
    id: "s-or-andringsklausuler", title: "Ändrings- och optionsklausuler i upphandlingsdokumenten", perspective: p, topic: "avtal", level: "ska", kravtyp: "IN", phase: "KS", checkedAt,
    text: "Kommunen ska i upphandlingsdokumenten ta in de ändrings- och optionsklausuler som avtalet kan behöva under sin löptid (volym, nya verksamheter, omorganisation och sammanslagning, anslutande kommuner, förlängning, tilläggsmoduler), var och en med omfattning, förutsättningar och pris angivna.",
    motiv: "En ändring av ett upphandlat avtal är bara tillåten utan ny upphandling om den följer av en klausul i de ursprungliga upphandlingsdokumenten som klart, exakt och entydigt anger förutsättningarna och omfattningen (17 kap. 10 § LOU), eller ryms i någon annan av lagens undantag, som Upphandlingsmyndigheten beskriver.",
    verifikat: "Internt krav: klausulerna granskas av upphandlare och jurist innan annonsering.",
    uppfoljning: "Använda klausuler dokumenteras i avtalsakten.",
    modelIds: ["m-um-andringar-avtal", "m-lou"], conditions: {},
  },
  {
    id: "s-or-nyckelpersoner", title: "Namngivna nyckelpersoner och byte med kommunens samtycke", perspective: p, topic: "leverantor", level: "ska", kravtyp: "AV", phase: "AU", checkedAt,
    unverified: "eSams avsnitt om nyckelregleringar är inte läst; kravet på personal och kompetens är läst i en myndighets kravspecifikation enligt DFØ:s underhållsavtal, inte i DFØ:s mall.",
    text: "Leverantören ska namnge projektledare för införandet, avtalsansvarig och teknisk ansvarig. En nyckelperson får bytas endast med kommunens skriftliga samtycke mot en person med minst likvärdig kompetens, och leverantören ska bekosta den överlappning som behövs för överlämningen.",
    motiv: "Leveransen hänger ofta på ett fåtal personer; eSams vägledning om it-avtal och DFØ:s standardavtal reglerar personal och kompetens som en del av leverantörens åtagande.",
    verifikat: "Anbudsgivaren anger nyckelpersoner med cv och bekräftar villkoret.",
    uppfoljning: "Byten av nyckelpersoner dokumenteras vid avtalsmötet.",
    modelIds: ["m-esam-it-avtal", "m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-referensuppdrag", title: "Referensuppdrag av liknande omfattning", perspective: p, topic: "leverantor", level: "ska", kravtyp: "KQ", phase: "KS", checkedAt,
    text: "Anbudsgivaren ska ha levererat och infört minst två lösningar av liknande slag och omfattning till svenska kommuner, regioner eller andra offentliga organisationer under de senaste tre åren, och lämna kontaktuppgifter till en beställare för varje uppdrag.",
    motiv: "Referensuppdrag visar teknisk och yrkesmässig kapacitet att genomföra uppdraget, ett kvalificeringskrav som 14 kap. LOU tillåter och som SKR beskriver; kravet ska vara proportionerligt mot uppdraget.",
    verifikat: "Anbudsgivaren fyller i referensbilagan; kommunen kan kontakta referenserna.",
    uppfoljning: "Referenskontroller dokumenteras i upphandlingsakten.",
    modelIds: ["m-lou", "m-skr-upphandlingsdokument"], conditions: {},
  },
  {
    id: "s-or-kompetens-verksamhet", title: "Supportpersonal som känner kommunal verksamhet", perspective: p, topic: "leverantor", level: "bor", kravtyp: "TK", phase: "UV", weight: 2, checkedAt,
    text: "Anbudsgivaren bör ha support- och konsultpersonal med minst två års erfarenhet av den kommunala verksamhet som lösningen stöder (till exempel socialtjänst, skola eller bygglov). Anbudet poängsätts efter andelen sådan personal i de roller som ska arbeta med kommunen.",
    motiv: "Support och konfiguration går fortare och blir rätt när leverantören förstår verksamhetens regelverk och begrepp; DFØ:s standardavtal och publicerade kravspecifikationer ställer krav på leverantörens personal och kompetens.",
    verifikat: "Anbudsgivaren redovisar personal och erfarenhet i kompetensbilagan; poängsätts enligt bedömningsmall.",
    uppfoljning: "Bemanningen stäms av mot anbudet vid avtalsmötet under första året.",
    modelIds: ["m-dfo-ssa"], conditions: {},
  },
  {
    id: "s-or-samverkansoption", title: "Option för namngivna kommuner att ansluta", perspective: p, topic: "samverkan", level: "ska", kravtyp: "AV", phase: "KS", checkedAt,
    text: "Avtalet ska ge de kommuner som namnges i annonsen rätt att ansluta till avtalet på samma villkor under avtalstiden.",
    motiv: "Samverkan mellan kommuner sparar resurser, som Adda, SKR och Region Sörmlands samverkansupphandling visar; rätten måste anges redan i annonsen enligt LOU.",
    verifikat: "Anbudsgivaren bekräftar villkoret i avtalsbilagan.",
    uppfoljning: "Anslutningar dokumenteras och följs upp vid årlig avtalsuppföljning.",
    modelIds: ["m-skr-adda-samverkan", "m-sormland-verksamhetssystem"], conditions: {},
  },
  {
    id: "s-or-avrop-ramavtal", title: "Förnyad konkurrensutsättning inom ramavtalets villkor", perspective: p, topic: "samverkan", level: "ska", kravtyp: "IN", phase: "KS", checkedAt,
    text: "Vid förnyad konkurrensutsättning ska kommunen utgå från ramavtalets villkor och avropsmallar, precisera endast de villkor som ramavtalet tillåter att preciseras (till exempel servicenivåer, integrationer, införande och exit) och kontrollera att kraven inte går utöver ramavtalets omfattning.",
    motiv: "Ett avrop får inte ändra ramavtalets villkor väsentligt, enligt LOU; Adda och Statens inköpscentral ger avropsvägledningar som anger vad som kan preciseras.",
    verifikat: "Internt krav: avropsförfrågan stäms av mot ramavtalets avropsvägledning före utskick.",
    uppfoljning: "Avvikelser mellan avrop och ramavtal dokumenteras i avropsakten.",
    modelIds: ["m-skr-adda-samverkan", "m-lou"], conditions: { procedures: ["framework_call"] },
  },
  {
    id: "s-or-nojdhetsmatning", title: "Årlig mätning av användarnas nöjdhet", perspective: p, topic: "uppfoljning", level: "bor", kravtyp: "AV", phase: "AU", weight: 2, checkedAt,
    text: "Leverantören bör en gång per år genomföra en enkät om nöjdhet med tjänst och support bland kommunens användare, med frågor som kommunen godkänt, och redovisa resultat och åtgärder vid avtalsmötet. Anbud som åtar sig detta ges mervärde.",
    motiv: "Användarnas erfarenhet fångar brister som nyckeltal för drift inte visar; SKR:s skrift om uppföljning av upphandlade kontrakt och Upphandlingsmyndighetens stöd för avtalsförvaltning tar upp nöjdhet som ett underlag för uppföljning.",
    verifikat: "Anbudsgivaren anger om villkoret accepteras och bifogar exempel på enkät; poängsätts enligt bedömningsmall.",
    uppfoljning: "Resultaten jämförs år för år och åtgärder följs upp i förvaltningsforum.",
    modelIds: ["m-skr-uppfoljning", "m-um-avtalsforvaltning"], conditions: {},
  },
  {
    id: "s-or-forhandling-villkor", title: "Förhandla servicenivåer, vidareutveckling och exit", perspective: p, topic: "avtal", level: "ska", kravtyp: "IN", phase: "UV", checkedAt,
    text: "I ett förfarande med förhandling eller dialog ska kommunen i förväg ange vilka minimikrav och tilldelningskriterier som inte förhandlas, och i förhandlingarna pröva anbudsgivarnas förslag till servicenivåer, prismodell för vidareutveckling, ändringsklausuler och exitvillkor, samt dokumentera vad som ändrats och varför.",
    motiv: "Förhandlingen är kommunens tillfälle att få villkor för förvaltning och exit som passar verksamheten; LOU tillåter inte att minimikrav och tilldelningskriterier förhandlas, och likabehandlingsprincipen kräver att alla anbudsgivare får samma information.",
    verifikat: "Internt krav: förhandlingsplan och protokoll arkiveras i upphandlingsakten.",
    uppfoljning: "De förhandlade villkoren förs in i avtalet och följs upp vid första avtalsmötet.",
    modelIds: ["m-lou"], conditions: { procedures: ["negotiated", "competitive_dialogue", "innovation_partnership"] },
  },
  {
    id: "s-or-direktupphandling-villkor", title: "Grundvillkor även vid direktupphandling", perspective: p, topic: "avtal", level: "ska", kravtyp: "IN", phase: "KS", checkedAt,
    text: "Vid direktupphandling ska kommunen inte godta leverantörens standardvillkor utan att pröva dem mot kommunens grundvillkor för support och felklasser, dataexport, radering vid avtalets slut, prisjustering och uppsägning, och ska dokumentera avvikelser och skälen för dem.",
    motiv: "Små köp av digitala tjänster görs ofta på leverantörens standardvillkor och kan ändå låsa in kommunens data i många år; Konkurrensverkets rapport om inlåsning och eSams vägledning om it-avtal visar att villkoren för ändring och avslut avgör möjligheten att byta.",
    verifikat: "Internt krav: prövningen dokumenteras tillsammans med direktupphandlingen.",
    uppfoljning: "Avtal från direktupphandling ses över senast inför förlängning.",
    modelIds: ["m-kkv-inlasning", "m-esam-it-avtal"], conditions: { procedures: ["direct"] },
  },
];

import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";
const data = sampleDocument(sampleSource(10));
await renderRequirementsPdf(data);
for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); await renderRequirementsPdf(data); const u = process.cpuUsage(s); console.log(Math.round((u.user + u.system) / 1000)); }

// placeholder, rewritten below
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";
await renderRequirementsPdf(sampleDocument(sampleSource(10)));

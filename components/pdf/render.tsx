import { renderToBuffer } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { registerFonts } from "@/components/pdf/fonts";
import { RequirementsDocument } from "@/components/pdf/document";
import { pdfSafeData } from "@/components/pdf/sanitize";
import { stampPages } from "@/components/pdf/stamp";

// Renders on the calling thread and blocks it for the whole render: the app
// calls this only inside the worker pool (workers/pdf-worker.mjs); tests and
// the benchmark call it directly.
export async function renderRequirementsPdf(data: DocumentData): Promise<Uint8Array<ArrayBuffer>> {
  registerFonts();
  const safe = pdfSafeData(data);
  const rendered = await renderToBuffer(<RequirementsDocument data={safe} />);
  const stamped = await stampPages(rendered, safe);
  // A copy typed over a plain ArrayBuffer, transferable and what Prisma's Bytes expects.
  return new Uint8Array(stamped);
}

import { renderToBuffer } from "@react-pdf/renderer";
import type { RequirementsDocumentData } from "@/lib/drafts/pdf-data";
import { registerFonts } from "@/components/pdf/fonts";
import { RequirementsDocument } from "@/components/pdf/requirements-document";

// Renders on the calling thread. Fine for the one-section document; long
// documents block the event loop and belong in a worker pool.
export async function renderRequirementsPdf(data: RequirementsDocumentData): Promise<Uint8Array<ArrayBuffer>> {
  registerFonts();
  const buffer = await renderToBuffer(<RequirementsDocument data={data} />);
  // A copy typed over a plain ArrayBuffer, as Prisma's Bytes expects.
  return new Uint8Array(buffer);
}

import { getCurrentUser } from "@/lib/auth/session";
import { draftIdSchema } from "@/lib/drafts/schema";
import { exportFilename } from "@/lib/exports/pdf-meta";
import { renderInWorker } from "@/lib/exports/pool";
import { renderRemissSummaryDocx } from "@/lib/exports/docx/remiss-summary";
import { loadRemissSummary } from "@/lib/remiss/load-summary";
import type { RemissSummary } from "@/lib/remiss/summary";
import { remissIdSchema } from "@/lib/remiss/schema";

type Context = { params: Promise<{ draftId: string; remissId: string }> };

const formats = {
  // In the worker pool like every PDF: react-pdf blocks its thread while it
  // renders, and renders sharing the request thread's fonts lost glyphs.
  pdf: {
    type: "application/pdf",
    render: async (data: RemissSummary) => (await renderInWorker("remiss-summary", data, 60_000)).bytes,
  },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: renderRemissSummaryDocx,
  },
} as const;

const notFound = () =>
  new Response("Hittades inte", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

// The Remissammanställning as PDF or Word, rendered on request: a small
// document (one round's comments), not worth an export job. Missing, foreign
// and signed-out are the same 404.
export async function GET(request: Request, { params }: Context) {
  const { draftId, remissId } = await params;
  const format = new URL(request.url).searchParams.get("format");
  if (format !== "pdf" && format !== "docx") return notFound();
  if (!draftIdSchema.safeParse(draftId).success || !remissIdSchema.safeParse(remissId).success) return notFound();
  const user = await getCurrentUser();
  const data = user ? await loadRemissSummary(user.id, draftId, remissId) : null;
  if (!data) return notFound();
  const body = await formats[format].render(data);
  const filename = exportFilename(`${data.title}-remissammanstallning`, 1, format).replace(/-v1\./, ".");
  return new Response(body, {
    headers: {
      "content-type": formats[format].type,
      "content-length": String(body.byteLength),
      "content-disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "private, no-store",
    },
  });
}

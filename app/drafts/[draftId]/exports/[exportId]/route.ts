import { getCurrentUser } from "@/lib/auth/session";
import { getExportForUser } from "@/lib/exports/data";
import { contentTypes, fileNames } from "@/lib/exports/formats";
import { markExportDownloaded } from "@/lib/exports/mutations";
import { exportFilename } from "@/lib/exports/pdf-meta";

type Context = { params: Promise<{ draftId: string; exportId: string }> };

// Serves exactly the stored bytes of a finished export. Missing, foreign and signed-out all answer
// the same 404 so the URL reveals nothing about other users' exports.
export async function GET(_request: Request, { params }: Context) {
  const { draftId, exportId } = await params;
  const user = await getCurrentUser();
  const stored = user ? await getExportForUser(user.id, draftId, exportId) : null;
  if (!stored)
    return new Response("Hittades inte", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

  await markExportDownloaded(stored.id);
  const { suffix, extension } = fileNames[stored.format];
  const filename = exportFilename(`${stored.title}${suffix}`, stored.sequence ?? stored.draftVersion, extension);
  const body = new Uint8Array(stored.bytes);
  return new Response(body, {
    headers: {
      "content-type": contentTypes[stored.format],
      "content-length": String(body.byteLength),
      "content-disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "private, no-store",
      "x-content-sha256": stored.sha256,
    },
  });
}

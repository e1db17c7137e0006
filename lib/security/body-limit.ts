import { wellFormed } from "@/lib/security/well-formed";

// Route handlers read bodies through this, so an oversized request is a clear
// 413 TOO_LARGE instead of an unbounded read or a crash.
// Matches next.config.ts (serverActions.bodySizeLimit, proxyClientMaxBodySize),
// which hold the import's larger limit; proxy.ts holds every other path to this one.
export const requestBodyLimitBytes = 1024 * 1024;
export const routeBodyLimitBytes = requestBodyLimitBytes;
// "Importera från fil" (app/drafts/import, its server action posts there)
// carries a file of up to 10 MB (importLimits.bytes), JSON-encoded as the
// action's argument: escaping can double its size. The action refuses a file
// over 10 MB itself, with a message that says so.
// The Excel import (app/drafts/[draftId]/import) sends its file as base64.
const importPath = /^\/drafts\/(?:[^/]+\/)?import$/;
export const importBodyLimitBytes = 24 * 1024 * 1024;
export const bodyLimitFor = (pathname: string) =>
  importPath.test(pathname) ? importBodyLimitBytes : requestBodyLimitBytes;

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; code: "TOO_LARGE" | "VALIDATION" };

export async function readJsonBody(request: Request, limit = routeBodyLimitBytes): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, status: 413, code: "TOO_LARGE" };
  const reader = request.body?.getReader();
  if (!reader) return { ok: false, status: 400, code: "VALIDATION" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, status: 413, code: "TOO_LARGE" };
    }
    chunks.push(value);
  }
  return parseJsonChunks(chunks, size);
}

// The body read in full (at most the limit): JSON with lone surrogates
// replaced, or VALIDATION. Shared with the direct doorway, which reads a
// Node request instead of a web one (lib/autosave/direct.ts).
export function parseJsonChunks(chunks: readonly Uint8Array[], size: number): BodyResult {
  // TextDecoder, not Buffer: client components import this module's limits,
  // and a Buffer here puts Node's Buffer polyfill (7 kB gzip) in their bundle.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: wellFormed(JSON.parse(new TextDecoder().decode(bytes)) as unknown) };
  } catch {
    return { ok: false, status: 400, code: "VALIDATION" };
  }
}

import "server-only";
import type { ChecklistData } from "@/lib/document/checklist";
import type { DocumentData } from "@/lib/document/types";
import { completeExport, failExport } from "@/lib/exports/mutations";
import type { ExportFormat } from "@/lib/exports/formats";
import { renderInWorker } from "@/lib/exports/pool";
import { rootLog } from "@/lib/log";

type Renderer = (data: DocumentData | ChecklistData) => Promise<{ bytes: Uint8Array<ArrayBuffer>; renderMs: number }>;

// Runs after the action has answered: renders the snapshot off the request
// thread and settles the pending export. Never throws; a failure is stored
// with its reason and leaves the draft untouched.
export async function renderExport(
  exportId: string,
  data: DocumentData | ChecklistData,
  render: Renderer = (snapshot) => renderInWorker("pdf", snapshot),
): Promise<void> {
  try {
    const { bytes, renderMs } = await render(data);
    await completeExport(exportId, bytes, renderMs);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
    rootLog.error({ err: error, exportId }, "export render failed");
    await failExport(exportId, timedOut ? "timeout" : "render_failed").catch((cause: unknown) =>
      rootLog.error({ err: cause, exportId }, "could not mark export failed"),
    );
  }
}

export function renderExportAs(
  format: ExportFormat,
  exportId: string,
  data: DocumentData | ChecklistData,
): Promise<void> {
  return renderExport(exportId, data, (snapshot) => renderInWorker(format, snapshot));
}

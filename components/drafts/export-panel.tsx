"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { exportFormats, type ExportFormat } from "@/lib/exports/formats";
import type { ExportFailure, ExportState } from "@/lib/exports/types";
import { Button } from "@/components/ui/button";

export type ExportAction = (format: ExportFormat) => Promise<ActionResult<{ exportId: string }>>;

type Phase =
  | { kind: "idle" }
  | { kind: "pending"; exportId: string }
  | { kind: "ready"; exportId: string }
  | { kind: "failed"; reason: ExportFailure }
  | { kind: "error"; code: ErrorCode };

const pollMs = 1000;

// The action answers as soon as the export is queued; this panel then polls
// the export's status route once a second until the worker has finished.
// The action is bound to the draft by the page, so no ids can be mixed up.
export function ExportPanel({
  draftId,
  exportAction,
  pendingExportId,
  pendingFormat = "pdf",
}: {
  draftId: string;
  exportAction: ExportAction;
  pendingExportId: string | null;
  pendingFormat?: ExportFormat;
}) {
  const t = useTranslations("export");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [submitting, startTransition] = useTransition();
  const [phase, setPhase] = useState<Phase>(
    pendingExportId ? { kind: "pending", exportId: pendingExportId } : { kind: "idle" },
  );
  // The format of the export in progress or just finished: one at a time.
  const [format, setFormat] = useState<ExportFormat>(pendingFormat);

  const pendingId = phase.kind === "pending" ? phase.exportId : null;
  useEffect(() => {
    if (!pendingId) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/drafts/${draftId}/exports/${pendingId}/status`, { cache: "no-store" });
        if (stopped) return;
        if (!response.ok) return setPhase({ kind: "error", code: response.status === 404 ? "NOT_FOUND" : "INTERNAL" });
        const state = (await response.json()) as ExportState;
        if (stopped || state.status === "pending") return;
        setPhase(
          state.status === "ready"
            ? { kind: "ready", exportId: state.id }
            : { kind: "failed", reason: state.error ?? "render_failed" },
        );
        router.refresh();
      } catch {
        // A dropped poll is retried on the next tick.
      }
    };
    const timer = setInterval(() => void poll(), pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [draftId, pendingId, router]);

  const busy = submitting || phase.kind === "pending";
  const onClick = (chosen: ExportFormat) =>
    startTransition(async () => {
      setFormat(chosen);
      const result = await exportAction(chosen);
      setPhase(result.ok ? { kind: "pending", exportId: result.data.exportId } : { kind: "error", code: result.code });
    });

  return (
    <div className="mb-10">
      <div className="flex flex-wrap gap-4">
        {exportFormats.map((option) => (
          <Button key={option} onClick={() => onClick(option)} disabled={busy} aria-describedby="export-status">
            {t(`formats.${option}.create`)}
          </Button>
        ))}
      </div>
      <div id="export-status" role="status" aria-live="polite" className="mt-4 min-h-6">
        {busy ? (
          <p className="flex items-center gap-3">
            <span
              aria-hidden="true"
              className="inline-block size-4 animate-spin rounded-full border-2 border-brand border-t-transparent"
            />
            {t(`formats.${format}.creating`)}
          </p>
        ) : null}
        {phase.kind === "ready" && !submitting ? (
          <p className="font-semibold text-success">
            {t(`formats.${format}.created`)}{" "}
            <a href={`/drafts/${draftId}/exports/${phase.exportId}`} download className="text-brand underline">
              {t(`formats.${format}.download`)}
            </a>
          </p>
        ) : null}
        {phase.kind === "failed" && !submitting ? (
          <p className="font-semibold text-error">{t(`failed.${phase.reason}`)}</p>
        ) : null}
        {phase.kind === "error" && !submitting ? (
          <p className="font-semibold text-error">{tErrors(`codes.${phase.code}`)}</p>
        ) : null}
      </div>
    </div>
  );
}

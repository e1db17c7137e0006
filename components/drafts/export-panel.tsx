"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import type { ExportFailure, ExportState } from "@/lib/exports/types";
import { Button } from "@/components/ui/button";

export type ExportAction = () => Promise<ActionResult<{ exportId: string }>>;

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
}: {
  draftId: string;
  exportAction: ExportAction;
  pendingExportId: string | null;
}) {
  const t = useTranslations("export");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [submitting, startTransition] = useTransition();
  const [phase, setPhase] = useState<Phase>(pendingExportId ? { kind: "pending", exportId: pendingExportId } : { kind: "idle" });

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
        setPhase(state.status === "ready" ? { kind: "ready", exportId: state.id } : { kind: "failed", reason: state.error ?? "render_failed" });
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
  const onClick = () =>
    startTransition(async () => {
      const result = await exportAction();
      setPhase(result.ok ? { kind: "pending", exportId: result.data.exportId } : { kind: "error", code: result.code });
    });

  return (
    <div className="mb-10">
      <Button onClick={onClick} disabled={busy} aria-describedby="export-status">
        {t("create")}
      </Button>
      <div id="export-status" role="status" aria-live="polite" className="mt-4 min-h-6">
        {busy ? (
          <p className="flex items-center gap-3">
            <span aria-hidden="true" className="inline-block size-4 animate-spin rounded-full border-2 border-brand border-t-transparent" />
            {t("creating")}
          </p>
        ) : null}
        {phase.kind === "ready" && !submitting ? (
          <p className="font-semibold text-success">
            {t("created")}{" "}
            <a href={`/drafts/${draftId}/exports/${phase.exportId}`} download className="text-brand underline">
              {t("download")}
            </a>
          </p>
        ) : null}
        {phase.kind === "failed" && !submitting ? <p className="font-semibold text-error">{t(`failed.${phase.reason}`)}</p> : null}
        {phase.kind === "error" && !submitting ? <p className="font-semibold text-error">{tErrors(`codes.${phase.code}`)}</p> : null}
      </div>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

export type ExportAction = () => Promise<ActionResult<{ exportId: string }>>;

// The action is bound to the draft by the page, so this component never sees
// ids it could mix up.
export function ExportPanel({ draftId, exportAction }: { draftId: string; exportAction: ExportAction }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Awaited<ReturnType<ExportAction>> | null>(null);

  const onClick = () =>
    startTransition(async () => {
      setResult(null);
      // The action revalidates the page, so the export list arrives with its answer.
      setResult(await exportAction());
    });

  return (
    <div className="mb-10">
      <Button onClick={onClick} disabled={pending} aria-describedby="export-status">
        {pending ? t("export.creating") : t("export.create")}
      </Button>
      <div id="export-status" role="status" aria-live="polite" className="mt-4 min-h-6">
        {pending ? <p>{t("export.creating")}</p> : null}
        {!pending && result?.ok ? (
          <p className="font-semibold text-[#00703c]">
            {t("export.created")}{" "}
            <a href={`/drafts/${draftId}/exports/${result.data.exportId}`} download className="text-[#1d70b8] underline">
              {t("export.download")}
            </a>
          </p>
        ) : null}
        {result && !result.ok ? <p className="font-semibold text-[#d4351c]">{t(`errors.codes.${result.code}`)}</p> : null}
      </div>
    </div>
  );
}

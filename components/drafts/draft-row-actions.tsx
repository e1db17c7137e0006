"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { copyDraftAction } from "@/lib/drafts/actions";
import type { ErrorCode } from "@/lib/errors";
import { trashDraftAction } from "@/lib/trash/actions";
import { Button } from "@/components/ui/button";

// Copy and delete for one draft: for a row of the dashboard list and for the
// draft's own pages. The title goes into each button's accessible name so a
// list of rows does not read as "Kopiera, Kopiera, Kopiera".
export function DraftRowActions({
  draftId,
  title,
  afterDelete = "/drafts",
  canDelete = true,
}: {
  draftId: string;
  title: string;
  afterDelete?: string;
  // Only an ägare (or the author of a personal draft) may delete.
  canDelete?: boolean;
}) {
  const t = useTranslations("trash");
  const terr = useTranslations("errors.codes");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorCode | null>(null);
  const name = title || t("untitled");

  const copy = () =>
    startTransition(async () => {
      // On success the action redirects to the copy's Start step.
      const result = await copyDraftAction(draftId);
      if (!result.ok) setError(result.code);
    });
  const remove = () =>
    startTransition(async () => {
      const result = await trashDraftAction(draftId);
      if (!result.ok) return setError(result.code);
      router.push(afterDelete);
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button variant="secondary" onClick={copy} disabled={pending}>
        {t("copy")}
        <span className="sr-only"> {name}</span>
      </Button>
      {canDelete ? (
        <Button variant="secondary" onClick={remove} disabled={pending}>
          {t("delete")}
          <span className="sr-only"> {name}</span>
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="font-semibold text-error">
          {terr(error)}
        </p>
      ) : null}
    </div>
  );
}

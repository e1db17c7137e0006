"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ErrorCode } from "@/lib/errors";
import { setDraftTemplateAction } from "@/lib/templates/actions";
import { Button } from "@/components/ui/button";

// For an organisation's ägare on the dashboard: mark a draft as one of the
// organisation's templates (listed first under "Ny från mall") or unmark it.
export function TemplateToggle({
  draftId,
  title,
  isTemplate,
}: {
  draftId: string;
  title: string;
  isTemplate: boolean;
}) {
  const t = useTranslations("templates");
  const terr = useTranslations("errors.codes");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorCode | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setDraftTemplateAction(draftId, !isTemplate);
      if (!result.ok) return setError(result.code);
      setError(null);
      router.refresh();
    });
  return (
    <div>
      <Button variant="secondary" onClick={toggle} disabled={pending}>
        {isTemplate ? t("unmark") : t("mark")}
        <span className="sr-only"> {title || t("untitled")}</span>
      </Button>
      {error ? (
        <p role="alert" className="font-semibold text-error">
          {terr(error)}
        </p>
      ) : null}
    </div>
  );
}

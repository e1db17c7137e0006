"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { restoreRevisionAction } from "@/lib/revisions/actions";
import { Button } from "@/components/ui/button";

export function RestoreButton({
  draftId,
  revisionId,
  version,
  onDone,
}: {
  draftId: string;
  revisionId: string;
  version: number;
  onDone: (message: string) => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await restoreRevisionAction(draftId, revisionId);
      onDone(result.ok ? t("revisions.restored", { version }) : t(`errors.codes.${result.code}`));
      router.refresh();
    });
  return (
    <Button variant="secondary" onClick={restore} disabled={pending}>
      {t("revisions.restore", { version })}
    </Button>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { distributeWeightsAction } from "@/lib/requirements/actions";
import { Button } from "@/components/ui/button";

// "Fördela vikterna": shown while the bör weights do not sum to 100 %. The
// status stays after the warning is gone, so the procurer hears what changed.
export function DistributeWeights({ draftId, needed }: { draftId: string; needed: boolean }) {
  const t = useTranslations("review.distributeWeights");
  const tErrors = useTranslations("errors.codes");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const distribute = () =>
    startTransition(async () => {
      const result = await distributeWeightsAction(draftId);
      setMessage(result.ok ? t("done") : tErrors(result.code));
      router.refresh();
    });
  return (
    <div className="-mt-6 mb-10">
      {needed ? (
        <>
          <p className="mb-2 max-w-3xl">{t("hint")}</p>
          <Button variant="secondary" onClick={distribute} disabled={pending} data-testid="distribute-weights">
            {t("button")}
          </Button>
        </>
      ) : null}
      <p role="status" className="mt-2 min-h-6 font-semibold text-[#00703c]">
        {message}
      </p>
    </div>
  );
}

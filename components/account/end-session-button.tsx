"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { safeAction } from "@/components/ui/safe-action";

export function EndSessionButton({ label, end }: { label: string; end: () => Promise<ActionResult> }) {
  const t = useTranslations("errors.codes");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorCode | null>(null);
  const onClick = () =>
    startTransition(async () => {
      const result = await safeAction(end);
      if (!result.ok) return setError(result.code);
      router.refresh();
    });
  return (
    <>
      <Button variant="secondary" onClick={onClick} disabled={pending}>
        {label}
      </Button>
      {error ? (
        <p role="alert" className="mt-2 font-semibold text-error">
          {t(error)}
        </p>
      ) : null}
    </>
  );
}

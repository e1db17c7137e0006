"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

// Shown instead of a stack trace; the digest lets support match the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.unexpected");
  useEffect(() => {
    console.error(error.digest ?? "client error");
  }, [error]);
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("body")}</p>
      {error.digest ? <p className="mb-6 text-sm text-secondary">Ref: {error.digest}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </>
  );
}

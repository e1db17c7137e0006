"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { adoptLibraryEntryAction } from "@/lib/library/actions";
import type { RankedLibraryItem } from "@/lib/library/types";
import { Button } from "@/components/ui/button";
import { safeAction } from "@/components/ui/safe-action";
import { useDraftWorkspace } from "@/components/wizard/draft-workspace";

// The organisation's own requirements beside the catalog's suggestions,
// marked as such and ranked by the same conditions (lib/library/rank.ts).
export function LibraryPanel({ entries }: { entries: RankedLibraryItem[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const { draftId, setVersion, announce } = useDraftWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (entries.length === 0) return null;

  async function adopt(entryId: string) {
    setBusy(true);
    const result = await safeAction(adoptLibraryEntryAction, draftId, entryId);
    setBusy(false);
    if (!result.ok) return setError(t(`errors.codes.${result.code}`));
    setError(null);
    setVersion(result.data.version);
    announce(t("requirements.announce.added", { code: result.data.code }), "requirements");
  }

  return (
    <section aria-labelledby="library-heading" className="mb-10 bg-surface p-4" data-testid="library-panel">
      <h2 id="library-heading" className="mb-2 text-2xl font-bold">
        {t("library.panel.heading")}
      </h2>
      <p className="mb-4">{t("library.panel.intro")}</p>
      {error ? (
        <p role="alert" className="mb-4 font-semibold text-error">
          {error}
        </p>
      ) : null}
      <ol>
        {entries.map((entry) => {
          const specific = entry.reasons.filter((r) => r !== "general" && t.has(`suggestions.reasons.${r}`));
          const reasons = (specific.length ? specific : (["general"] as const)).map((r) =>
            t(`suggestions.reasons.${r}`),
          );
          return (
            <li key={entry.id} aria-labelledby={`library-${entry.id}-heading`} className="border-b border-line py-4">
              <p className="mb-1 inline-block border-2 border-brand px-2 text-sm font-semibold text-brand">
                {t("library.panel.badge")}
              </p>
              <h3 id={`library-${entry.id}-heading`} className="mb-1 text-xl font-bold">
                {entry.title}
              </h3>
              <p id={`library-${entry.id}-text`} className="mb-2 text-lg">
                {entry.text}
              </p>
              <p className="mb-2 font-semibold">
                {t(`requirements.level.${entry.level}`)} · {t(`requirements.kravtyp.${entry.kravtyp}`)}
              </p>
              <p className="mb-2 text-secondary">
                {t("suggestions.whyShown", { reasons: format.list(reasons, { type: "conjunction" }) })}
              </p>
              <p className="mb-2 text-secondary">
                {t("library.panel.provenance", { code: entry.sourceCode, draft: entry.sourceDraftTitle })}
                {entry.tags.length ? ` · ${t("library.panel.tags")}: ${entry.tags.join(", ")}` : ""}
              </p>
              <Button
                disabled={busy}
                aria-describedby={`library-${entry.id}-heading`}
                onClick={() => void adopt(entry.id)}
              >
                {t("library.panel.accept")}
              </Button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

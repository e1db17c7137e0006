"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptSuggestionAction, dismissSuggestionAction, restoreSuggestionAction } from "@/lib/requirements/actions";
import type { PanelSuggestion } from "@/lib/suggestions/panel";
import { Button } from "@/components/ui/button";
import { SuggestionCard } from "@/components/suggestions/suggestion-card";
import { useDraftWorkspace, WorkspaceAnnouncer } from "@/components/wizard/draft-workspace";

const firstPage = 5;
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

// Ranked suggestions for one step (the list is a parameter, so any catalog –
// or a test fixture – can feed it). Accept copies one into the requirement
// editor; dismiss hides it for this draft until restored.
export function SuggestionPanel({ shown, dismissed }: { shown: PanelSuggestion[]; dismissed: PanelSuggestion[] }) {
  const t = useTranslations();
  const { draftId, setVersion, announce } = useDraftWorkspace();
  const [expanded, setExpanded] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const visible = expanded ? shown : shown.slice(0, firstPage);

  async function run(id: string, action: typeof acceptSuggestionAction, message: (code: string) => string) {
    setBusy(id);
    const result = await action(draftId, id);
    setBusy(null);
    if (!result.ok) return setError(t(`errors.codes.${result.code}`));
    setError(null);
    setVersion(result.data.version);
    announce(message(result.data.code ?? ""), "suggestions");
    // The card is gone after the re-render; keep focus inside the panel.
    focusLater("suggestions-heading");
  }

  return (
    <section aria-labelledby="suggestions-heading" className="mb-10 bg-surface p-4">
      <h2
        id="suggestions-heading"
        tabIndex={-1}
        className="mb-2 text-2xl font-bold focus:outline-3 focus:outline-focus"
      >
        {t("suggestions.heading")}
      </h2>
      <p className="mb-2">{t("suggestions.intro")}</p>
      <WorkspaceAnnouncer region="suggestions" />
      {error ? (
        <p role="alert" className="mb-4 font-semibold text-error">
          {error}
        </p>
      ) : null}
      {shown.length === 0 ? <p className="mb-4">{t("suggestions.empty")}</p> : null}
      {/* Collapsed behind their count so "Har du slutfört avsnittet?" below is a
          few Tabs away, not one per suggestion; once opened it stays open. */}
      {shown.length > 0 ? (
        <details className="mb-4">
          <summary className="mb-4 cursor-pointer font-semibold text-brand underline focus:outline-3 focus:outline-focus">
            {t("suggestions.toggle", { count: shown.length })}
          </summary>
          <ol className="mb-4" data-testid="suggestion-list">
            {visible.map((suggestion, index) => (
              <SuggestionCard key={suggestion.id} suggestion={suggestion} number={index + 1}>
                <Button
                  disabled={busy !== null}
                  aria-describedby={`suggestion-${suggestion.id}-text`}
                  onClick={() =>
                    void run(suggestion.id, acceptSuggestionAction, (code) =>
                      t("requirements.announce.added", { code }),
                    )
                  }
                >
                  {t("suggestions.accept")}
                </Button>
                <Button
                  variant="secondary"
                  disabled={busy !== null}
                  aria-describedby={`suggestion-${suggestion.id}-text`}
                  onClick={() =>
                    void run(suggestion.id, dismissSuggestionAction, () => t("suggestions.announce.dismissed"))
                  }
                >
                  {t("suggestions.dismiss")}
                </Button>
              </SuggestionCard>
            ))}
          </ol>
          {!expanded && shown.length > firstPage ? (
            <Button
              variant="secondary"
              className="mb-4 mr-4"
              onClick={() => {
                setExpanded(true);
                focusLater(`suggestion-${shown[firstPage]?.id}`);
              }}
            >
              {t("suggestions.showMore", { count: shown.length - firstPage })}
            </Button>
          ) : null}
        </details>
      ) : null}
      {dismissed.length ? (
        <Button
          variant="secondary"
          aria-expanded={showDismissed}
          aria-controls="dismissed-suggestions"
          onClick={() => setShowDismissed(!showDismissed)}
        >
          {t(showDismissed ? "suggestions.hideDismissed" : "suggestions.showDismissed", { count: dismissed.length })}
        </Button>
      ) : null}
      {dismissed.length && showDismissed ? (
        <div id="dismissed-suggestions" className="mt-4">
          <h3 className="mb-2 text-xl font-bold">{t("suggestions.dismissedHeading")}</h3>
          <ol>
            {dismissed.map((suggestion, index) => (
              <SuggestionCard key={suggestion.id} suggestion={suggestion} number={index + 1}>
                <Button
                  variant="secondary"
                  disabled={busy !== null}
                  aria-describedby={`suggestion-${suggestion.id}-text`}
                  onClick={() =>
                    void run(suggestion.id, restoreSuggestionAction, () => t("suggestions.announce.restored"))
                  }
                >
                  {t("suggestions.restore")}
                </Button>
              </SuggestionCard>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

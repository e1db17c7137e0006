"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PanelSuggestion } from "@/lib/suggestions/panel";

// One suggestion with everything needed to judge it before taking it: the
// text, level, kravtyp, why it is shown, motiv, verifikat and its sources.
export function SuggestionCard({
  suggestion,
  number,
  children,
}: {
  suggestion: PanelSuggestion;
  number: number;
  children: ReactNode;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const headingId = `suggestion-${suggestion.id}-heading`;
  // A reason code without a text (added to the ranking later) is left out
  // rather than shown as a raw key.
  const specific = suggestion.reasons.filter(
    (reason) => reason !== "general" && t.has(`suggestions.reasons.${reason}`),
  );
  const reasons = (specific.length ? specific : (["general"] as const)).map((reason) =>
    t(`suggestions.reasons.${reason}`),
  );
  return (
    <li
      id={`suggestion-${suggestion.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="border-b border-line py-4 focus:outline-3 focus:outline-focus"
    >
      {/* The short title leads; without one the text does, and the heading only numbers the card. */}
      {suggestion.title ? (
        <h3 id={headingId} className="mb-1 text-xl font-bold" lang="sv">
          <span className="sr-only">{t("suggestions.suggestionLabel", { number })}: </span>
          {suggestion.title}
        </h3>
      ) : (
        <h3 id={headingId} className="sr-only">
          {t("suggestions.suggestionLabel", { number })}
        </h3>
      )}
      <p id={`suggestion-${suggestion.id}-text`} className="mb-2 text-lg" lang="sv">
        {suggestion.text}
      </p>
      <p className="mb-2 font-semibold">
        {t(`requirements.level.${suggestion.level}`)} · {t(`requirements.kravtyp.${suggestion.kravtyp}`)}
      </p>
      <p className="mb-3 text-secondary">
        {t("suggestions.whyShown", { reasons: format.list(reasons, { type: "conjunction" }) })}
      </p>
      <dl className="mb-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold">{t("suggestions.terms.motiv")}</dt>
        <dd className="mb-2 sm:mb-0">{suggestion.motiv}</dd>
        <dt className="font-semibold">{t("suggestions.terms.verifikat")}</dt>
        <dd className="mb-2 sm:mb-0">{suggestion.verifikat}</dd>
        {suggestion.sources.length ? (
          <>
            <dt className="font-semibold">{t("suggestions.terms.sources")}</dt>
            <dd>
              <ul>
                {suggestion.sources.map((source) => (
                  <li key={source.id}>
                    <a href={source.url} target="_blank" rel="noopener noreferrer" className="text-brand underline">
                      {source.name}
                      <span className="sr-only"> {t("suggestions.opensInNewTab")}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="flex flex-wrap gap-3">{children}</div>
    </li>
  );
}

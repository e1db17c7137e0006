"use client";

import { useEffect, useRef } from "react";

export type SummaryError = { href?: string; message: string };

// GOV.UK error summary: takes focus when shown so screen-reader and keyboard
// users land on it, and prefixes the page title with "Fel: ".
export function ErrorSummary({
  title,
  titlePrefix,
  errors,
  focusKey,
}: {
  title: string;
  titlePrefix: string;
  errors: SummaryError[];
  focusKey: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<number | null>(null);

  useEffect(() => {
    if (errors.length === 0) return;
    // Only a new attempt moves focus here: fields are also checked while
    // typing, and a changed error list must not pull focus out of the field.
    if (focusedFor.current !== focusKey) ref.current?.focus();
    focusedFor.current = focusKey;
    const original = document.title.startsWith(titlePrefix) ? document.title.slice(titlePrefix.length) : document.title;
    document.title = titlePrefix + original;
    return () => {
      document.title = original;
    };
    // focusKey changes on every failed submit, so focus moves back each time.
  }, [focusKey, errors.length, titlePrefix]);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-error p-4 focus:outline-3 focus:outline-offset-0 focus:outline-focus"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-2">
        {errors.map((error) => (
          <li key={`${error.href ?? ""}-${error.message}`}>
            {error.href ? (
              <a href={error.href} className="font-semibold text-error underline">
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-error">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

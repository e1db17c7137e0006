"use client";

import { useEffect, useRef, type ReactNode } from "react";

const focusKey = "kravlots:focus-heading";

// "Spara och fortsätt" saves, then opens the next step: focus lands on that
// step's heading instead of the document body, so a keyboard or screen-reader
// user continues from the top of the new step.
export function focusNextHeading() {
  sessionStorage.setItem(focusKey, String(Date.now()));
}

export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const at = Number(sessionStorage.getItem(focusKey));
    if (!at) return;
    sessionStorage.removeItem(focusKey);
    // A stale mark (the next page was not a step) must not move focus later.
    if (Date.now() - at < 10_000) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="mb-4 text-4xl font-bold focus:outline-3 focus:outline-focus">
      {children}
    </h1>
  );
}

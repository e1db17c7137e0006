import type { Warning } from "@/lib/review/lint";
import type { Perspective } from "@/lib/vocabulary";

// Where "Ändra" and the warnings lead. The perspective page gives each
// requirement the DOM id krav-<CODE>, so the link lands on the requirement.
export function perspectiveHref(draftId: string, perspective: Perspective): string {
  return `/drafts/${draftId}/${perspective}`;
}

export function requirementHref(draftId: string, perspective: Perspective, code: string): string {
  return `${perspectiveHref(draftId, perspective)}#krav-${code}`;
}

// Draft-wide warnings (weights, share of ska-krav) concern no single place.
export function warningHref(draftId: string, warning: Warning): string | null {
  if (!warning.perspective) return null;
  return warning.code
    ? requirementHref(draftId, warning.perspective, warning.code)
    : perspectiveHref(draftId, warning.perspective);
}

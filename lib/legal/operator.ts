import "server-only";
import { getEnv } from "@/lib/env";

export type Operator = { name: string | null; email: string | null };

// The organisation that runs this installation (from configuration). Unset
// values stay null so the pages can say the contact is missing instead of
// showing an invented address.
export function getOperator(): Operator {
  const env = getEnv();
  return { name: env.KRAVLOTS_OPERATOR_NAME ?? null, email: env.KRAVLOTS_OPERATOR_EMAIL ?? null };
}

// The date the statements below were last reviewed against the app; the law
// asks the accessibility statement to show it.
export const legalPagesReviewed = "2026-11-29";

"use client";

import { useTranslations } from "next-intl";
import type { TemplateFormState } from "@/lib/templates/actions";

// What went wrong with a "Ny från mall" form, next to its button; field
// errors are shown at their fields as well.
export function FormError({ state }: { state: TemplateFormState }) {
  const tCodes = useTranslations("errors.codes");
  const t = useTranslations("templates");
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="mb-4 border-l-4 border-error pl-4 font-semibold text-error">
      {state.code === "VALIDATION" ? t("checkFields") : tCodes(state.code)}
    </p>
  );
}

export function fieldError(state: TemplateFormState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}

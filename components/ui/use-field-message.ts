"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors as FormErrors, FieldValues } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";

// zod messages are keys ("required"); a field-specific text under
// "<namespace>.<field>.errors.<key>" wins over the generic "errors.fields.<key>".
export function useFieldMessage(namespace: string) {
  const t = useTranslations();
  return (field: string, key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const specific = `${namespace}.${field}.errors.${key}`;
    if (t.has(specific)) return t(specific);
    const generic = `errors.fields.${key}`;
    // A zod default message (not one of our keys) still gets a translated text.
    return t.has(generic) ? t(generic) : t("errors.fields.invalid");
  };
}

export function summaryErrors<T extends FieldValues>(
  errors: FormErrors<T>,
  order: readonly (keyof T & string)[],
  message: (field: string, key: string | undefined) => string | undefined,
  idPrefix: string,
): SummaryError[] {
  return order.flatMap((field) => {
    const key = errors[field]?.message;
    const text = message(field, typeof key === "string" ? key : undefined);
    return text ? [{ href: `#${idPrefix}${field}`, message: text }] : [];
  });
}

"use client";

import { useTranslations } from "next-intl";

// GOV.UK character count: the limit is said before typing (with the hint) and
// what is left is shown under the field, read with the field through
// aria-describedby rather than a live region, so typing is not interrupted.
export function CharacterCount({ id, max, length }: { id: string; max: number; length: number }) {
  const t = useTranslations("ui.characterCount");
  const over = length > max;
  return (
    <p id={`${id}-count`} className={`mt-1 ${over ? "font-semibold text-error" : "text-secondary"}`}>
      {over ? t("over", { count: length - max }) : t("left", { count: max - length })}
    </p>
  );
}

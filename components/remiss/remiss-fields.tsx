"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useRemissFieldError } from "@/components/remiss/remiss-form";

// Fields of a RemissForm: named like the schema's keys, with the error the
// action returned for that key.
type Base = { idPrefix: string; name: string; label: string; hint?: string };

export function RemissTextField({ idPrefix, name, label, hint, ...input }: Base & ComponentProps<"input">) {
  const t = useTranslations("errors");
  return (
    <TextField
      id={`${idPrefix}-${name}`}
      name={name}
      label={label}
      hint={hint}
      error={useRemissFieldError(name)}
      errorPrefix={t("titlePrefix")}
      {...input}
    />
  );
}

export function RemissTextArea({ idPrefix, name, label, hint, ...textarea }: Base & ComponentProps<"textarea">) {
  const t = useTranslations("errors");
  return (
    <TextAreaField
      id={`${idPrefix}-${name}`}
      name={name}
      label={label}
      hint={hint}
      error={useRemissFieldError(name)}
      errorPrefix={t("titlePrefix")}
      maxLength={2000}
      {...textarea}
    />
  );
}

export function RemissSelect({
  idPrefix,
  name,
  label,
  hint,
  options,
  ...select
}: Base & { options: { value: string; label: string }[] } & ComponentProps<"select">) {
  const t = useTranslations("errors");
  return (
    <SelectField
      id={`${idPrefix}-${name}`}
      name={name}
      label={label}
      hint={hint}
      options={options}
      error={useRemissFieldError(name)}
      errorPrefix={t("titlePrefix")}
      {...select}
    />
  );
}

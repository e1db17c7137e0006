"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createFromKindAction } from "@/lib/templates/actions";
import type { TemplateKind } from "@/lib/templates/kinds";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, TextField } from "@/components/ui/field";
import { fieldError, FormError } from "@/components/templates/form-error";

export type KindOption = { kind: TemplateKind; name: string; description: string; startingSet: string[] };

// One of the built-in kinds: Start pre-filled plus the starting set listed
// under each kind, so the procurer sees what will be added before choosing.
export function FromKindForm({ kinds, spaceName }: { kinds: KindOption[]; spaceName: string }) {
  const t = useTranslations("templates");
  const tFields = useTranslations("errors.fields");
  const [state, action, pending] = useActionState(createFromKindAction, null);
  const kindError = fieldError(state, "kind");
  const titleError = fieldError(state, "title");
  return (
    <form action={action} className="mb-8">
      <div className={`mb-6 ${kindError ? "border-l-4 border-error pl-4" : ""}`}>
        <fieldset aria-describedby={describedBy("kind", undefined, kindError)}>
          <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
          <FieldError id="kind" message={kindError ? tFields(kindError) : undefined} prefix={t("errorPrefix")} />
          <div className="space-y-4">
            {kinds.map((option, index) => (
              <div key={option.kind} className="flex items-start gap-3">
                <input
                  id={index === 0 ? "kind" : `kind-${option.kind}`}
                  type="radio"
                  name="kind"
                  value={option.kind}
                  required
                  aria-describedby={`kind-${option.kind}-hint`}
                  className="mt-1 h-6 w-6 shrink-0 accent-ink focus:outline-3 focus:outline-focus"
                />
                <div>
                  <label htmlFor={index === 0 ? "kind" : `kind-${option.kind}`} className="font-semibold">
                    {option.name}
                  </label>
                  <p id={`kind-${option.kind}-hint`} className="text-secondary">
                    {option.description} {t("startingSetCount", { count: option.startingSet.length })}
                  </p>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand underline">
                      {t("startingSetShow", { name: option.name })}
                    </summary>
                    <ul className="mt-2 list-disc pl-6">
                      {option.startingSet.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </details>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextField
        id="kind-title"
        name="title"
        label={t("titleLabel")}
        hint={t("kindTitleHint")}
        maxLength={200}
        error={titleError ? tFields(titleError) : undefined}
        errorPrefix={t("errorPrefix")}
      />
      <p className="mb-4 text-secondary">{t("createIn", { name: spaceName })}</p>
      <FormError state={state} />
      <Button type="submit" disabled={pending}>
        {t("createFromKind")}
      </Button>
    </form>
  );
}

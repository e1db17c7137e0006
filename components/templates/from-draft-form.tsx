"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createFromDraftAction } from "@/lib/templates/actions";
import type { TemplateSource } from "@/lib/templates/types";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, FieldHint, TextField } from "@/components/ui/field";
import { fieldError, FormError } from "@/components/templates/form-error";

// An organisation template (listed first) or an earlier draft as the start of
// a new procurement.
export function FromDraftForm({ templates, recent }: { templates: TemplateSource[]; recent: TemplateSource[] }) {
  const t = useTranslations("templates");
  const tFields = useTranslations("errors.fields");
  const [state, action, pending] = useActionState(createFromDraftAction, null);
  const sourceError = fieldError(state, "sourceId");
  const titleError = fieldError(state, "title");
  const label = (source: TemplateSource) =>
    `${source.title || t("untitled")} (${source.organizationName ?? t("personalSpace")})`;
  return (
    <form action={action} className="mb-8">
      <div className={`mb-6 ${sourceError ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="source-id" className="mb-1 block font-semibold">
          {t("sourceLabel")}
        </label>
        <FieldHint id="source-id">{t("sourceHint")}</FieldHint>
        <FieldError id="source-id" message={sourceError ? tFields(sourceError) : undefined} prefix={t("errorPrefix")} />
        <select
          id="source-id"
          name="sourceId"
          required
          defaultValue=""
          aria-invalid={sourceError ? true : undefined}
          aria-describedby={describedBy("source-id", t("sourceHint"), sourceError)}
          className="block w-full max-w-xl border-2 border-ink bg-canvas px-2 py-1.5 text-base focus:outline-3 focus:outline-focus"
        >
          <option value="" disabled>
            {t("sourcePlaceholder")}
          </option>
          {templates.length ? (
            <optgroup label={t("templatesGroup")}>
              {templates.map((source) => (
                <option key={source.id} value={source.id}>
                  {label(source)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {recent.length ? (
            <optgroup label={t("recentGroup")}>
              {recent.map((source) => (
                <option key={source.id} value={source.id}>
                  {label(source)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <TextField
        id="draft-title"
        name="title"
        label={t("titleLabel")}
        hint={t("draftTitleHint")}
        maxLength={200}
        error={titleError ? tFields(titleError) : undefined}
        errorPrefix={t("errorPrefix")}
      />
      <FormError state={state} />
      <Button type="submit" disabled={pending}>
        {t("createFromDraft")}
      </Button>
    </form>
  );
}

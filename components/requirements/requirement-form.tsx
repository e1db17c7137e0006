"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { RequirementActionResult } from "@/lib/requirements/actions";
import type { RequirementInput, RequirementValues } from "@/lib/requirements/schema";
import { kravtyper, levels } from "@/lib/vocabulary";
import { Button } from "@/components/ui/button";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

const textFields = ["motiv", "verifikat", "uppfoljning"] as const;
// zod is loaded on the first check, not with the step (lazy-resolver.ts).
const resolver = lazyResolver(
  async () => (await import("@/components/requirements/requirement-validation")).requirementResolver,
);

// Add or edit one requirement. Validated on submit with the same schema the
// server action re-parses; the weight field exists only for bör-krav.
export function RequirementForm({
  idPrefix,
  heading,
  defaultValues,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  heading: string;
  defaultValues: RequirementInput;
  onSubmit: (values: RequirementValues) => Promise<RequirementActionResult>;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const message = useFieldMessage("requirements.fields");
  const form = useForm<RequirementInput, unknown, RequirementValues>({
    resolver,
    defaultValues,
  });
  const level = useWatch({ control: form.control, name: "level" });
  const feedback = useFormFeedback(form.setError);
  const { errors, isSubmitting } = form.formState;
  const errorPrefix = t("errors.titlePrefix");
  const errorFor = (field: keyof RequirementInput) => message(field, errors[field]?.message);
  const id = (field: string) => `${idPrefix}-${field}`;

  const submit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await onSubmit(values);
    if (!result.ok) feedback.applyFailure(result.code, result.fieldErrors);
  });

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={id("heading")}
      className="border-l-4 border-brand bg-canvas py-2 pl-4"
    >
      <h3 id={id("heading")} className="mb-4 text-xl font-bold">
        {heading}
      </h3>
      {feedback.serverCode ? (
        <p role="alert" className="mb-4 font-semibold text-error">
          {t(`errors.codes.${feedback.serverCode}`)}
        </p>
      ) : null}
      <TextAreaField
        id={id("text")}
        label={t("requirements.fields.text.label")}
        hint={t("requirements.fields.text.hint")}
        error={errorFor("text")}
        errorPrefix={errorPrefix}
        {...form.register("text")}
      />
      <ChoiceGroup
        id={id("level")}
        type="radio"
        legend={t("requirements.fields.level.legend")}
        error={errorFor("level")}
        errorPrefix={errorPrefix}
        choices={levels.map((value) => ({
          value,
          label: t(`requirements.level.${value}`),
          hint: t(`requirements.levelHints.${value}`),
        }))}
        registration={form.register("level")}
      />
      <SelectField
        id={id("kravtyp")}
        label={t("requirements.fields.kravtyp.label")}
        error={errorFor("kravtyp")}
        errorPrefix={errorPrefix}
        options={kravtyper.map((value) => ({ value, label: t(`requirements.kravtyp.${value}`) }))}
        {...form.register("kravtyp")}
      />
      {textFields.map((field) => (
        <TextAreaField
          key={field}
          id={id(field)}
          rows={3}
          label={t(`requirements.fields.${field}.label`)}
          hint={t.has(`requirements.fields.${field}.hint`) ? t(`requirements.fields.${field}.hint`) : undefined}
          error={errorFor(field)}
          errorPrefix={errorPrefix}
          {...form.register(field)}
        />
      ))}
      {level === "bor" ? (
        <div className="max-w-xs">
          <TextField
            id={id("weight")}
            inputMode="numeric"
            label={t("requirements.fields.weight.label")}
            hint={t("requirements.fields.weight.hint")}
            error={errorFor("weight")}
            errorPrefix={errorPrefix}
            {...form.register("weight")}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("requirements.saving") : t("requirements.save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("requirements.cancel")}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { StartStep, StartStepInput } from "@/lib/drafts/schema";
import {
  criticalAnswers,
  personalDataLevels,
  procedures,
  productTypes,
  titleMaxLength,
  userGroups,
  yesNo,
} from "@/lib/vocabulary";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { choiceDefault, textDefault } from "@/components/ui/field-default";

export const startOrder = [
  "title",
  "organisation",
  "procuredItem",
  "productTypes",
  "personalData",
  "userGroups",
  "usersDescription",
  "critical",
  "aiComponent",
  "procedure",
  "estimatedValueSek",
  "contractMonths",
] as const;
export const countFields = ["citizens", "staff", "businesses"] as const;

// The Start step's inputs; the form around them owns saving.
export function StartStepFields({
  form,
  message,
  errorPrefix,
}: {
  form: UseFormReturn<StartStepInput, unknown, StartStep>;
  message: (field: string, key?: string) => string | undefined;
  errorPrefix: string;
}) {
  const t = useTranslations();
  const { errors, defaultValues: defaults } = form.formState;
  const title = useWatch({ control: form.control, name: "title" });
  const errorFor = (field: (typeof startOrder)[number]) => message(field, errors[field]?.message);
  return (
    <>
      <TextField
        id="start-title"
        label={t("start.fields.title.label")}
        hint={`${t("start.fields.title.hint")} ${t("ui.characterCount.limit", { max: titleMaxLength })}`}
        counter={{ max: titleMaxLength, length: title?.length ?? 0 }}
        error={errorFor("title")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "title")}
        {...form.register("title")}
      />
      <TextField
        id="start-organisation"
        label={t("start.fields.organisation.label")}
        hint={t("start.fields.organisation.hint")}
        autoComplete="organization"
        error={errorFor("organisation")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "organisation")}
        {...form.register("organisation")}
      />
      <TextAreaField
        id="start-procuredItem"
        label={t("start.fields.procuredItem.label")}
        hint={t("start.fields.procuredItem.hint")}
        error={errorFor("procuredItem")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "procuredItem")}
        {...form.register("procuredItem")}
      />
      <ChoiceGroup
        id="start-productTypes"
        type="checkbox"
        legend={t("start.fields.productTypes.legend")}
        hint={t("start.fields.productTypes.hint")}
        error={errorFor("productTypes")}
        errorPrefix={errorPrefix}
        choices={productTypes.map((value) => ({ value, label: t(`start.productTypes.${value}`) }))}
        checked={choiceDefault(defaults, "productTypes")}
        registration={form.register("productTypes")}
      />
      <ChoiceGroup
        id="start-personalData"
        type="radio"
        legend={t("start.fields.personalData.legend")}
        error={errorFor("personalData")}
        errorPrefix={errorPrefix}
        choices={personalDataLevels.map((value) => ({
          value,
          label: t(`start.personalData.${value}`),
          hint: value === "sensitive" ? t("start.personalDataHints.sensitive") : undefined,
        }))}
        checked={choiceDefault(defaults, "personalData")}
        registration={form.register("personalData")}
      />
      <ChoiceGroup
        id="start-userGroups"
        type="checkbox"
        legend={t("start.fields.userGroups.legend")}
        hint={t("start.fields.userGroups.hint")}
        error={errorFor("userGroups")}
        errorPrefix={errorPrefix}
        choices={userGroups.map((value) => ({ value, label: t(`start.userGroups.${value}`) }))}
        checked={choiceDefault(defaults, "userGroups")}
        registration={form.register("userGroups")}
      />
      <TextAreaField
        id="start-usersDescription"
        label={t("start.fields.usersDescription.label")}
        hint={t("start.fields.usersDescription.hint")}
        error={errorFor("usersDescription")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "usersDescription")}
        {...form.register("usersDescription")}
      />
      <fieldset className="mb-6">
        <legend className="mb-1 font-semibold">{t("start.fields.userCounts.legend")}</legend>
        <p className="mb-2 text-secondary">{t("start.fields.userCounts.hint")}</p>
        <div className="flex flex-wrap gap-4">
          {countFields.map((field) => (
            <div key={field} className="w-48">
              <TextField
                id={`start-userCounts-${field}`}
                label={t(`start.fields.userCounts.${field}`)}
                inputMode="numeric"
                error={message("userCounts", errors.userCounts?.[field]?.message)}
                errorPrefix={errorPrefix}
                defaultValue={textDefault(defaults, `userCounts.${field}`)}
                {...form.register(`userCounts.${field}`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <ChoiceGroup
        id="start-critical"
        type="radio"
        legend={t("start.fields.critical.legend")}
        hint={t("start.fields.critical.hint")}
        error={errorFor("critical")}
        errorPrefix={errorPrefix}
        choices={criticalAnswers.map((value) => ({ value, label: t(`start.critical.${value}`) }))}
        checked={choiceDefault(defaults, "critical")}
        registration={form.register("critical")}
      />
      <ChoiceGroup
        id="start-aiComponent"
        type="radio"
        legend={t("start.fields.aiComponent.legend")}
        hint={t("start.fields.aiComponent.hint")}
        error={errorFor("aiComponent")}
        errorPrefix={errorPrefix}
        choices={yesNo.map((value) => ({ value, label: t(`start.yesNo.${value}`) }))}
        checked={choiceDefault(defaults, "aiComponent")}
        registration={form.register("aiComponent")}
      />
      <SelectField
        id="start-procedure"
        label={t("start.fields.procedure.label")}
        hint={t("start.fields.procedure.hint")}
        error={errorFor("procedure")}
        errorPrefix={errorPrefix}
        options={procedures.map((value) => ({ value, label: t(`start.procedures.${value}`) }))}
        defaultValue={textDefault(defaults, "procedure")}
        {...form.register("procedure")}
      />
      <TextField
        id="start-estimatedValueSek"
        label={t("start.fields.estimatedValueSek.label")}
        hint={t("start.fields.estimatedValueSek.hint")}
        inputMode="numeric"
        error={errorFor("estimatedValueSek")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "estimatedValueSek")}
        {...form.register("estimatedValueSek")}
      />
      <TextField
        id="start-contractMonths"
        label={t("start.fields.contractMonths.label")}
        hint={t("start.fields.contractMonths.hint")}
        inputMode="numeric"
        error={errorFor("contractMonths")}
        errorPrefix={errorPrefix}
        defaultValue={textDefault(defaults, "contractMonths")}
        {...form.register("contractMonths")}
      />
    </>
  );
}

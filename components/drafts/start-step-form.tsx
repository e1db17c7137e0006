"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { saveStartStepAction } from "@/lib/drafts/actions";
import {
  criticalAnswers,
  personalDataLevels,
  procedures,
  productTypes,
  startStepSchema,
  userGroups,
  yesNo,
  type StartStep,
  type StartStepInput,
} from "@/lib/drafts/schema";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SaveStatus } from "@/components/ui/save-status";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

const order = [
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
const countFields = ["citizens", "staff", "businesses"] as const;

export function StartStepForm({
  draftId,
  initialVersion,
  defaultValues,
}: {
  draftId: string;
  initialVersion: number;
  defaultValues: DefaultValues<StartStepInput>;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const message = useFieldMessage("start.fields");
  const [version, setVersion] = useState(initialVersion);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<StartStepInput, unknown, StartStep>({
    resolver: zodResolver(startStepSchema),
    defaultValues,
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const feedback = useFormFeedback(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    setSavedAt(null);
    const result = await saveStartStepAction(draftId, version, values);
    if (!result.ok) return feedback.applyFailure(result.code, result.fieldErrors);
    setVersion(result.data.version);
    setSavedAt(result.data.savedAt);
  }, feedback.failed);

  const summary = summaryErrors(errors, order, message, "start-");
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  for (const field of countFields) {
    const text = message("userCounts", errors.userCounts?.[field]?.message);
    if (text) summary.push({ href: `#start-userCounts-${field}`, message: text });
  }
  const errorFor = (field: (typeof order)[number]) => message(field, errors[field]?.message);
  const errorPrefix = t("errors.titlePrefix");
  const time = savedAt ? format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit" }) : null;

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary title={t("errors.summaryTitle")} titlePrefix={errorPrefix} errors={summary} focusKey={feedback.attempt} />
      <TextField
        id="start-title"
        label={t("start.fields.title.label")}
        hint={t("start.fields.title.hint")}
        error={errorFor("title")}
        errorPrefix={errorPrefix}
        {...form.register("title")}
      />
      <TextField
        id="start-organisation"
        label={t("start.fields.organisation.label")}
        hint={t("start.fields.organisation.hint")}
        autoComplete="organization"
        error={errorFor("organisation")}
        errorPrefix={errorPrefix}
        {...form.register("organisation")}
      />
      <TextAreaField
        id="start-procuredItem"
        label={t("start.fields.procuredItem.label")}
        hint={t("start.fields.procuredItem.hint")}
        error={errorFor("procuredItem")}
        errorPrefix={errorPrefix}
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
        registration={form.register("userGroups")}
      />
      <TextAreaField
        id="start-usersDescription"
        label={t("start.fields.usersDescription.label")}
        hint={t("start.fields.usersDescription.hint")}
        error={errorFor("usersDescription")}
        errorPrefix={errorPrefix}
        {...form.register("usersDescription")}
      />
      <fieldset className="mb-6">
        <legend className="mb-1 font-semibold">{t("start.fields.userCounts.legend")}</legend>
        <p className="mb-2 text-[#505a5f]">{t("start.fields.userCounts.hint")}</p>
        <div className="flex flex-wrap gap-4">
          {countFields.map((field) => (
            <div key={field} className="w-48">
              <TextField
                id={`start-userCounts-${field}`}
                label={t(`start.fields.userCounts.${field}`)}
                inputMode="numeric"
                error={message("userCounts", errors.userCounts?.[field]?.message)}
                errorPrefix={errorPrefix}
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
        registration={form.register("aiComponent")}
      />
      <SelectField
        id="start-procedure"
        label={t("start.fields.procedure.label")}
        hint={t("start.fields.procedure.hint")}
        error={errorFor("procedure")}
        errorPrefix={errorPrefix}
        options={procedures.map((value) => ({ value, label: t(`start.procedures.${value}`) }))}
        {...form.register("procedure")}
      />
      <TextField
        id="start-estimatedValueSek"
        label={t("start.fields.estimatedValueSek.label")}
        hint={t("start.fields.estimatedValueSek.hint")}
        inputMode="numeric"
        error={errorFor("estimatedValueSek")}
        errorPrefix={errorPrefix}
        {...form.register("estimatedValueSek")}
      />
      <TextField
        id="start-contractMonths"
        label={t("start.fields.contractMonths.label")}
        hint={t("start.fields.contractMonths.hint")}
        inputMode="numeric"
        error={errorFor("contractMonths")}
        errorPrefix={errorPrefix}
        {...form.register("contractMonths")}
      />
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("start.saving") : t("start.save")}
        </Button>
        <SaveStatus message={time ? t("start.saved", { time }) : null} />
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { getStartValuesAction, saveStartStepAction } from "@/lib/drafts/actions";
import type { StartStep, StartStepInput } from "@/lib/drafts/schema";
import { AutosaveStatusLine } from "@/components/autosave/autosave-status";
import { ConflictDialog, RecoveryBanner } from "@/components/autosave/on-demand";
import { jsonSave } from "@/components/autosave/json-save";
import { useAutosave } from "@/components/autosave/use-autosave";
import { countFields, StartStepFields, startOrder } from "@/components/drafts/start-step-fields";
import { formatStartValue, startFieldLabel, startFieldOrder, startFormValues } from "@/components/drafts/start-values";
import { Button } from "@/components/ui/button";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summaryErrors, useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { focusNextHeading } from "@/components/wizard/step-heading";

// zod arrives after hydration (lazy-resolver.ts); useAutosave starts the import on mount.
const validation = () => import("@/components/drafts/start-validation");
const resolver = lazyResolver(async () => (await validation()).startResolver);
const loadDraftSchema = async () => (await validation()).startStepDraftSchema;

export function StartStepForm({
  draftId,
  initialVersion,
  defaultValues,
  nextHref,
}: {
  draftId: string;
  initialVersion: number;
  defaultValues: DefaultValues<StartStepInput>;
  nextHref: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const message = useFieldMessage("start.fields");
  const form = useForm<StartStepInput, unknown, StartStep>({
    resolver,
    defaultValues,
    // Each field is checked while typing with the same schema ("at most 200
    // characters" shows before the save, not after it).
    mode: "onChange",
    shouldFocusError: false,
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const feedback = useFormFeedback(form.setError);
  const [closedFor, setClosedFor] = useState<number | null>(null);
  const save = useMemo(() => jsonSave<unknown>(`/api/drafts/${draftId}/start`), [draftId]);
  const autosave = useAutosave({
    form: form,
    storageKey: `kravlots:autosave:${draftId}:start`,
    schema: loadDraftSchema,
    save,
    loadServer: () => getStartValuesAction(draftId),
    toFormValues: ({ title, ...context }) => startFormValues(title, context),
    initialVersion,
  });

  // "Spara och fortsätt", the one explicit save (autosave does the rest): the
  // whole step validated (GOV.UK: validation on continue), sent through the
  // same queue and version as the autosaves, then on to the next step.
  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await autosave.submit((baseVersion) => saveStartStepAction(draftId, baseVersion, values));
    if (!result.ok) {
      if (result.code === "CONFLICT") setClosedFor(null);
      else feedback.applyFailure(result.code, result.fieldErrors);
      throw new Error("not saved");
    }
    focusNextHeading();
    router.push(nextHref);
  }, feedback.failed);

  // The summary lists what the last attempt found; errors found while typing
  // stay beside their fields until then.
  const summary = feedback.attempt > 0 ? summaryErrors(errors, startOrder, message, "start-") : [];
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  for (const field of feedback.attempt > 0 ? countFields : []) {
    const text = message("userCounts", errors.userCounts?.[field]?.message);
    if (text) summary.push({ href: `#start-userCounts-${field}`, message: text });
  }
  const errorPrefix = t("errors.titlePrefix");
  const translate = (key: string) => t(key as never);
  const conflict = autosave.conflict;
  const dialogOpen = conflict !== null && closedFor !== conflict.version;

  return (
    <>
      {autosave.recovered ? (
        <RecoveryBanner
          changedAt={autosave.recovered.changedAt}
          onRestore={autosave.restore}
          onDiscard={autosave.discard}
        />
      ) : null}
      {conflict && dialogOpen ? (
        <ConflictDialog
          fields={startFieldOrder.map((name) => ({ name, label: startFieldLabel(translate, name) }))}
          mine={form.getValues()}
          theirs={conflict.theirs}
          format={(name, value) => formatStartValue(translate, name, value)}
          onResolve={(values) => autosave.resolve(values)}
          onClose={() => setClosedFor(conflict.version)}
        />
      ) : null}
      <form onSubmit={(event) => void onSubmit(event).catch(() => undefined)} onBlur={autosave.blur} noValidate>
        <ErrorSummary
          title={t("errors.summaryTitle")}
          titlePrefix={errorPrefix}
          errors={summary}
          focusKey={feedback.attempt}
        />
        <StartStepFields form={form} message={message} errorPrefix={errorPrefix} />
        <div className="mb-4 flex flex-wrap items-center gap-6">
          <Button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
            {isSubmitting || isSubmitSuccessful ? t("start.saving") : t("start.saveAndContinue")}
          </Button>
          {conflict && !dialogOpen ? (
            <Button variant="link" onClick={() => setClosedFor(null)}>
              {t("autosave.conflict.reopen")}
            </Button>
          ) : null}
        </div>
        <AutosaveStatusLine status={autosave.status} />
      </form>
    </>
  );
}

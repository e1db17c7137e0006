"use client";

import { useCallback } from "react";
import { savePerspectiveAnswersAction, savePerspectiveStepAction, type StepSaveResult } from "@/lib/answers/actions";
import type { PerspectiveAnswers } from "@/lib/drafts/answers";
import type { PerspectiveForm } from "@/lib/answers/schema";
import type { Perspective } from "@/lib/requirements/schema";
import { useDraftWorkspace } from "@/components/wizard/draft-workspace";

// The one place a perspective step is saved from. `saveStep` is "Spara och
// fortsätt" (whole form, completion included); `saveAnswers` stores the
// answers alone, for an autosave to call with the form's current values.
export function useStepSave(perspective: Perspective) {
  const { draftId, version, setVersion } = useDraftWorkspace();

  const saveStep = useCallback(
    async (values: PerspectiveForm): Promise<StepSaveResult> => {
      const result = await savePerspectiveStepAction(draftId, version, perspective, values);
      if (result.ok) setVersion(result.data.version);
      return result;
    },
    [draftId, version, perspective, setVersion],
  );

  const saveAnswers = useCallback(
    async (answers: PerspectiveAnswers): Promise<StepSaveResult> => {
      const result = await savePerspectiveAnswersAction(draftId, version, perspective, answers);
      if (result.ok) setVersion(result.data.version);
      return result;
    },
    [draftId, version, perspective, setVersion],
  );

  return { saveStep, saveAnswers, version };
}

"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ErrorCode, FieldErrors } from "@/lib/errors";

// Server-side results re-enter the form: field errors through setError (the
// typed values stay in the inputs), everything else as one coded message.
export function useFormFeedback<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [attempt, setAttempt] = useState(0);
  const [serverCode, setServerCode] = useState<ErrorCode | null>(null);

  const failed = useCallback(() => setAttempt((value) => value + 1), []);

  const applyFailure = useCallback(
    (code: ErrorCode, fieldErrors?: FieldErrors) => {
      for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
        const first = messages?.[0];
        if (first) setError(field as Path<T>, { type: "server", message: first });
      }
      setServerCode(code === "VALIDATION" ? null : code);
      setAttempt((value) => value + 1);
    },
    [setError],
  );

  return { attempt, serverCode, setServerCode, failed, applyFailure };
}

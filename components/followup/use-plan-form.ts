"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { safeAction } from "@/components/ui/safe-action";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

// The uppföljningsplan's forms share one flow: the schema checks on the
// client, the action checks again, a field error goes back to its field, and
// a saved form refreshes the page (the table shows the new state) and says so.
export function usePlanForm<S extends z.core.$ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: z.input<S>,
  action: (input: z.input<S>) => Promise<ActionResult>,
) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zodResolver's overloads cannot follow a generic schema; the types below are the schema's own.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: defaultValues as DefaultValues<z.input<S>>,
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(form.setError);
  // The action gets what was typed (the schema's input) and parses it again:
  // a transformed output (tags split into a list) is not what it accepts.
  const onSubmit = form.handleSubmit(async () => {
    feedback.setServerCode(null);
    setSaved(false);
    const result = await safeAction(action, form.getValues());
    if (!result.ok) return feedback.applyFailure(result.code, result.fieldErrors);
    setSaved(true);
    router.refresh();
  }, feedback.failed);
  return { form, feedback, onSubmit, saved };
}

import { z } from "@/lib/zod";
import type { FieldErrors } from "@/lib/errors";

// An empty box, an unchecked radio (null), an empty checkbox group or a NaN
// from a number input all mean "not answered".
export function blankToUndefined(value: unknown): unknown {
  const blank =
    value === "" ||
    value === null ||
    (typeof value === "number" && Number.isNaN(value)) ||
    (Array.isArray(value) && value.length === 0);
  return blank ? undefined : value;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors;
}

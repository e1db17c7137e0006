import { z } from "@/lib/zod-mini";
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

// Takes any zod error: the classic and the mini schemas share zod's core error.
export function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors;
}

import { z } from "@/lib/zod-mini";
import { blankToUndefined } from "@/lib/validation";
import { kravtypSchema, levelSchema } from "@/lib/vocabulary-schema";

// The editor's form schema for one requirement. Error messages are
// translation keys under "errors.fields" like every other isomorphic schema.

const optionalText = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, "tooLong")), "");

// What the editor submits for one requirement. Weight is only meaningful for
// bör-krav (it is their share of the evaluation, in percent).
export const requirementInputSchema = z.pipe(
  z.object({
    text: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(4000, "tooLong")),
    level: levelSchema,
    kravtyp: kravtypSchema,
    motiv: optionalText(4000),
    verifikat: optionalText(4000),
    uppfoljning: optionalText(4000),
    weight: z.preprocess(
      blankToUndefined,
      z.optional(
        z.coerce
          .number({ error: "notANumber" })
          .check(z.int("notAWholeNumber"), z.minimum(1, "weightRange"), z.maximum(100, "weightRange")),
      ),
    ),
  }),
  z.transform((value) => (value.level === "ska" ? { ...value, weight: undefined } : value)),
);

export type RequirementInput = z.input<typeof requirementInputSchema>;
export type RequirementValues = z.output<typeof requirementInputSchema>;

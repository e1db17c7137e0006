import { z } from "@/lib/zod";
import { blankToUndefined } from "@/lib/validation";
import { kravtypSchema, levelSchema } from "@/lib/vocabulary";

// The editor's form schema for one requirement. Error messages are
// translation keys under "errors.fields" like every other isomorphic schema.

const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

// What the editor submits for one requirement. Weight is only meaningful for
// bör-krav (it is their share of the evaluation, in percent).
export const requirementInputSchema = z
  .object({
    text: z.string().trim().min(1, "required").max(4000, "tooLong"),
    level: levelSchema,
    kravtyp: kravtypSchema,
    motiv: optionalText(4000),
    verifikat: optionalText(4000),
    uppfoljning: optionalText(4000),
    weight: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "notANumber" })
        .int("notAWholeNumber")
        .min(1, "weightRange")
        .max(100, "weightRange")
        .optional(),
    ),
  })
  .transform((value) => (value.level === "ska" ? { ...value, weight: undefined } : value));

export type RequirementInput = z.input<typeof requirementInputSchema>;
export type RequirementValues = z.output<typeof requirementInputSchema>;

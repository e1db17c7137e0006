import { z } from "zod";
import { blankToUndefined } from "@/lib/validation";

// The vocabulary of a requirement, shared by the catalog, the editor, the
// review lint and the PDF. Error messages are translation keys under
// "errors.fields" like every other isomorphic schema.

export const perspectives = ["kundnytta", "juridik", "arbetsmiljo", "organisation"] as const;
export type Perspective = (typeof perspectives)[number];

// Requirement IDs read KN-1, JU-1, AM-1, OR-1 (numbers are never reused).
export const perspectivePrefix: Record<Perspective, string> = {
  kundnytta: "KN",
  juridik: "JU",
  arbetsmiljo: "AM",
  organisation: "OR",
};

// ska = mandatory (ska-krav/minimikrav); bor = award criterion that adds value.
export const levels = ["ska", "bor"] as const;
export type Level = (typeof levels)[number];

// KF krav på föremålet, KQ kvalificeringskrav, TK tilldelningskriterium,
// AV avtalsvillkor, IN internt processkrav (on the buyer itself).
export const kravtyper = ["KF", "KQ", "TK", "AV", "IN"] as const;
export type Kravtyp = (typeof kravtyper)[number];

// BA behovsanalys, MD marknadsdialog, KS kravställning, UV utvärdering,
// AU avtal och uppföljning.
export const phases = ["BA", "MD", "KS", "UV", "AU"] as const;
export type Phase = (typeof phases)[number];

export const perspectiveSchema = z.enum(perspectives);
export const levelSchema = z.enum(levels, { error: "chooseOne" });
export const kravtypSchema = z.enum(kravtyper, { error: "chooseOne" });

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
      z.coerce.number({ error: "notANumber" }).int("notAWholeNumber").min(1, "weightRange").max(100, "weightRange").optional(),
    ),
  })
  .transform((value) => (value.level === "ska" ? { ...value, weight: undefined } : value));

export type RequirementInput = z.input<typeof requirementInputSchema>;
export type RequirementValues = z.output<typeof requirementInputSchema>;

export function requirementCode(perspective: Perspective, number: number): string {
  return `${perspectivePrefix[perspective]}-${number}`;
}

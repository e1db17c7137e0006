import { z } from "@/lib/zod-mini";
import { kravtyper, levels, perspectives } from "@/lib/vocabulary";

// The vocabulary's words as schemas, apart from lib/vocabulary.ts so that
// listing the words does not load zod (issue 14: a step's first-load
// JavaScript). Error messages are translation keys under "errors.fields".
export const perspectiveSchema = z.enum(perspectives);
export const levelSchema = z.enum(levels, { error: "chooseOne" });
export const kravtypSchema = z.enum(kravtyper, { error: "chooseOne" });

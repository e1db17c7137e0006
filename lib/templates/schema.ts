import { z } from "zod";
import { templateKinds } from "@/lib/templates/kinds";

// "Ny från mall" forms. The title may be left empty: the kind's name or the
// source's title is used, so the form never fails for a missing title.
const title = z.string().trim().max(200, "tooLong").default("");

export const fromKindSchema = z.object({ kind: z.enum(templateKinds, { error: "chooseOne" }), title });
export const fromDraftSchema = z.object({ sourceId: z.cuid({ error: "chooseOne" }), title });

export type FromKindInput = z.output<typeof fromKindSchema>;
export type FromDraftInput = z.output<typeof fromDraftSchema>;

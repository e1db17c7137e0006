import { z } from "@/lib/zod";

// The organisation library's forms (issue 17). Texts are plain text with
// limits; error messages are keys under "errors.fields".

// "upphandling, e-tjänst" → ["upphandling", "e-tjänst"]: at most 10 tags of
// at most 40 characters, without duplicates.
const tagsSchema = z
  .string()
  .trim()
  .max(400, "tooLong")
  .default("")
  .transform((value) => [
    ...new Set(
      value
        .split(",")
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ""),
    ),
  ])
  .refine((tags) => tags.length <= 10 && tags.every((tag) => tag.length <= 40), "tooManyTags");

export const saveToLibrarySchema = z.object({
  requirementId: z.cuid({ error: "chooseOne" }),
  title: z.string().trim().min(1, "required").max(120, "tooLong"),
  tags: tagsSchema,
});
export type SaveToLibraryInput = z.input<typeof saveToLibrarySchema>;

// What an ägare may change in an entry; its provenance stays as it was.
export const libraryEntryEditSchema = z.object({
  title: z.string().trim().min(1, "required").max(120, "tooLong"),
  tags: tagsSchema,
  text: z.string().trim().min(1, "required").max(4000, "tooLong"),
  motiv: z.string().trim().max(4000, "tooLong").default(""),
  verifikat: z.string().trim().max(4000, "tooLong").default(""),
});
export type LibraryEntryEditInput = z.input<typeof libraryEntryEditSchema>;

export const libraryEntryIdSchema = z.cuid();

import { z } from "@/lib/zod-mini";

// The organisation library's forms (issue 17). Texts are plain text with
// limits; error messages are keys under "errors.fields". zod/mini like every
// schema a client form validates with (lib/zod-mini.ts): the perspective
// step's save-to-library form would otherwise bring all of zod classic.

// "upphandling, e-tjänst" → ["upphandling", "e-tjänst"]: at most 10 tags of
// at most 40 characters, without duplicates.
const tagsSchema = z
  .pipe(
    z._default(z.string().check(z.trim(), z.maxLength(400, "tooLong")), ""),
    z.transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ""),
      ),
    ]),
  )
  .check(z.refine((tags) => tags.length <= 10 && tags.every((tag) => tag.length <= 40), "tooManyTags"));

export const saveToLibrarySchema = z.object({
  requirementId: z.cuid({ error: "chooseOne" }),
  title: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(120, "tooLong")),
  tags: tagsSchema,
});
export type SaveToLibraryInput = z.input<typeof saveToLibrarySchema>;

// What an ägare may change in an entry; its provenance stays as it was.
export const libraryEntryEditSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(120, "tooLong")),
  tags: tagsSchema,
  text: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(4000, "tooLong")),
  motiv: z._default(z.string().check(z.trim(), z.maxLength(4000, "tooLong")), ""),
  verifikat: z._default(z.string().check(z.trim(), z.maxLength(4000, "tooLong")), ""),
});
export type LibraryEntryEditInput = z.input<typeof libraryEntryEditSchema>;

export const libraryEntryIdSchema = z.cuid();

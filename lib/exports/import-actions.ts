"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "@/lib/auth/server-action";
import { failure, type ActionResult } from "@/lib/errors";
import { importDraft } from "@/lib/exports/json/mutations";
import { parseKravlotsFile, type ImportProblem } from "@/lib/exports/json/parse";
import { orgIdSchema } from "@/lib/orgs/schema";

// "personal" or the id of an organisation the caller belongs to.
const spaceSchema = z.union([z.literal("personal"), orgIdSchema]);

export type ImportResult = ActionResult<{ draftId: string }>;

// A refused file comes back as VALIDATION with the problem's key (and where
// in the file it is) as field errors, which the import form words in Swedish.
const refused = (problem: ImportProblem) =>
  failure("VALIDATION", { file: [problem.key], ...(problem.where ? { where: [problem.where] } : {}) });

// "Importera från fil": a Kravlots file (.json) becomes a new draft in the
// chosen space. The file's text is checked in full before anything is written.
export async function importDraftAction(space: string, text: string): Promise<ImportResult> {
  return serverAction({ ids: { space: [spaceSchema, space] }, permission: "edit" }, async (user, ids) => {
    if (typeof text !== "string") return refused({ key: "notJson" });
    const parsed = parseKravlotsFile(text);
    if (!parsed.ok) return refused(parsed.problem);
    const created = await importDraft(user.id, ids.space === "personal" ? null : ids.space, parsed.value);
    if (!created.ok) return created;
    revalidatePath("/drafts");
    return { ok: true, data: { draftId: created.data.id } };
  });
}

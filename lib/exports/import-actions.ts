"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { serverAction } from "@/lib/auth/server-action";
import { failure, type ActionResult } from "@/lib/errors";
import { importDraft } from "@/lib/exports/json/mutations";
import { parseKravlotsFile, type ImportProblem } from "@/lib/exports/json/parse";
import { importLimits } from "@/lib/exports/json/schema";
import { getMatrixRequirements } from "@/lib/exports/matrix/data";
import { applyMatrixImport } from "@/lib/exports/matrix/mutations";
import { readKravmatris } from "@/lib/exports/matrix/parse";
import { planMatrixImport, type FieldChange } from "@/lib/exports/matrix/plan";
import { baseVersionSchema, draftIdSchema } from "@/lib/drafts/schema";
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

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
// A 10 MB file is about 13.4 MB as base64: anything longer is refused unread.
const maxBase64 = Math.ceil((importLimits.bytes * 4) / 3) + 4;

async function readMatrix(base64: string) {
  if (typeof base64 !== "string") return refused({ key: "notKravmatris" });
  if (base64.length > maxBase64) return refused({ key: "tooLarge" });
  if (!base64Schema.safeParse(base64).success) return refused({ key: "notKravmatris" });
  const read = await readKravmatris(new Uint8Array(Buffer.from(base64, "base64")));
  return read.ok ? read : refused(read.problem);
}

export type MatrixPreview = {
  baseVersion: number;
  updates: { code: string; changes: FieldChange[] }[];
  additions: { where: string; fileCode: string | null; perspective: string; text: string }[];
  unchanged: number;
  notInFile: number;
};

// "Importera Excel-kravmatris", step 1: what the edited file would change.
// Nothing is written; the preview names the draft version it was made from.
export async function previewMatrixImportAction(draftId: string, base64: string): Promise<ActionResult<MatrixPreview>> {
  return serverAction({ ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" }, async (user, ids) => {
    const current = await getMatrixRequirements(user.id, ids.draftId);
    if (!current.ok) return current;
    const read = await readMatrix(base64);
    if (!read.ok) return read;
    const plan = planMatrixImport(current.data.requirements, read.value);
    return {
      ok: true,
      data: {
        baseVersion: current.data.version,
        updates: plan.updates.map(({ code, changes }) => ({ code, changes })),
        additions: plan.additions.map(({ where, fileCode, perspective, text }) => ({
          where,
          fileCode,
          perspective,
          text,
        })),
        unchanged: plan.unchanged,
        notInFile: plan.notInFile,
      },
    };
  });
}

// Step 2: applies the same file in one transaction, only if the draft is still
// at the previewed version (otherwise CONFLICT and nothing is written).
export async function applyMatrixImportAction(
  draftId: string,
  baseVersion: number,
  base64: string,
): Promise<ActionResult<{ updated: number; added: number }>> {
  const ids = { draftId: [draftIdSchema, draftId], baseVersion: [baseVersionSchema, baseVersion] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, { draftId: id, baseVersion: version }) => {
    const current = await getMatrixRequirements(user.id, id);
    if (!current.ok) return current;
    const read = await readMatrix(base64);
    if (!read.ok) return read;
    const applied = await applyMatrixImport(user.id, id, version, read.value);
    if (!applied.ok) return applied;
    revalidatePath(`/drafts/${id}`, "layout");
    return { ok: true, data: { updated: applied.data.updated, added: applied.data.added } };
  });
}

"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { createDraftFromDraft, createDraftFromKind, setDraftTemplate } from "@/lib/templates/mutations";
import { fromDraftSchema, fromKindSchema } from "@/lib/templates/schema";

// The "Ny från mall" forms post here through useActionState, which also works
// without JavaScript: the returned result is rendered into the page. Success
// goes to the new draft's Start step.
export type TemplateFormState = ActionResult | null;

// A crafted call may send anything in place of the form (found by npm run
// test:fuzz): then every field is missing, and the schema says so.
const fields = (form: unknown, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, form instanceof FormData ? (form.get(name) ?? undefined) : undefined]));

export async function createFromKindAction(_: TemplateFormState, form: FormData): Promise<TemplateFormState> {
  const result = await serverAction({ permission: "edit" }, async (user) => {
    const parsed = parseInput(fromKindSchema, fields(form, ["kind", "title"]));
    if (!parsed.ok) return parsed;
    const t = await getTranslations("templates.kinds");
    const title = parsed.data.title || t(`${parsed.data.kind}.name`);
    // The active space, as "Ny kravspecifikation"; a stale one falls back to personal.
    let created = await createDraftFromKind(user.id, user.activeOrganizationId, parsed.data.kind, title);
    if (!created.ok && created.reason === "not_found" && user.activeOrganizationId)
      created = await createDraftFromKind(user.id, null, parsed.data.kind, title);
    return created;
  });
  if (!result.ok) return result;
  revalidatePath("/drafts");
  redirect(`/drafts/${result.data.id}/start`);
}

export async function createFromDraftAction(_: TemplateFormState, form: FormData): Promise<TemplateFormState> {
  const result = await serverAction({ permission: "read" }, async (user) => {
    const parsed = parseInput(fromDraftSchema, fields(form, ["sourceId", "title"]));
    if (!parsed.ok) return parsed;
    const t = await getTranslations("trash");
    return createDraftFromDraft(user.id, parsed.data.sourceId, parsed.data.title, t("copyPrefix"));
  });
  if (!result.ok) return result;
  revalidatePath("/drafts");
  redirect(`/drafts/${result.data.id}/start`);
}

// Mark or unmark an organisation draft as a template; ägare only.
export async function setDraftTemplateAction(draftId: string, isTemplate: boolean): Promise<ActionResult> {
  return serverAction(
    { ids: { draftId: [draftIdSchema, draftId] }, permission: "manage" },
    async (user, { draftId: id }) => {
      if (typeof isTemplate !== "boolean") return failure("VALIDATION");
      const result = await setDraftTemplate(user.id, id, isTemplate);
      if (!result.ok) return result;
      revalidatePath("/drafts");
      revalidatePath("/drafts/new");
      return { ok: true, data: undefined };
    },
  );
}

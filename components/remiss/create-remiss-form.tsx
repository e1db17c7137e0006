"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { RemissTextField } from "@/components/remiss/remiss-fields";
import { RemissForm } from "@/components/remiss/remiss-form";

export function CreateRemissForm({ action }: { action: (input: unknown) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("remiss.create");
  return (
    <RemissForm idPrefix="create" action={action} submitLabel={t("submit")} doneMessage={t("created")}>
      <RemissTextField idPrefix="create" name="deadline" type="date" label={t("deadline")} hint={t("deadlineHint")} />
    </RemissForm>
  );
}

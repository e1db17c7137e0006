"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, FieldHint, SelectField } from "@/components/ui/field";

export type ImportAction = (space: string, text: string) => Promise<ActionResult<{ draftId: string }>>;

// Mirrors importLimits.bytes (lib/exports/json/schema.ts): an oversized file is
// refused here before it is read or sent; the server checks again.
const maxBytes = 10 * 1024 * 1024;

// "Importera från fil": reads the chosen Kravlots file and sends its text to
// the import action; a refusal is shown in Swedish with where in the file the
// problem is, and nothing has been saved.
export function ImportForm({
  action,
  spaces,
  defaultSpace,
}: {
  action: ImportAction;
  spaces: { value: string; label: string }[];
  defaultSpace: string;
}) {
  const t = useTranslations("import");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [space, setSpace] = useState(defaultSpace);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const prefix = tErrors("titlePrefix");

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t("chooseFile"));
    if (file.size > maxBytes) return setError(t("problems.tooLarge"));
    startTransition(async () => {
      const result = await action(space, await file.text()).catch((cause: unknown): ActionResult<never> => {
        console.error("import failed", cause);
        return { ok: false, code: "INTERNAL" };
      });
      if (result.ok) return router.push(`/drafts/${result.data.draftId}`);
      const key = result.fieldErrors?.file?.[0];
      const where = result.fieldErrors?.where?.[0] ?? "";
      setError(key && t.has(`problems.${key}`) ? t(`problems.${key}`, { where }) : tErrors(`codes.${result.code}`));
    });
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="import-file" className="mb-1 block font-semibold">
          {t("fileLabel")}
        </label>
        <FieldHint id="import-file">{t("fileHint")}</FieldHint>
        <div role="alert">
          <FieldError id="import-file" message={error ?? undefined} prefix={prefix} />
        </div>
        <input
          ref={fileInput}
          id="import-file"
          name="file"
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("import-file", t("fileHint"), error ?? undefined)}
          onChange={() => setError(null)}
          className="block"
        />
      </div>
      <SelectField
        id="import-space"
        label={t("spaceLabel")}
        errorPrefix={prefix}
        options={spaces}
        value={space}
        onChange={(event) => setSpace(event.target.value)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("importing") : t("submit")}
      </Button>
    </form>
  );
}

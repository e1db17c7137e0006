"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import type { MatrixPreview } from "@/lib/exports/import-actions";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, FieldHint } from "@/components/ui/field";
import { MatrixPreviewList } from "@/components/drafts/matrix-preview";

type Preview = (base64: string) => Promise<ActionResult<MatrixPreview>>;
type Apply = (baseVersion: number, base64: string) => Promise<ActionResult<{ updated: number; added: number }>>;

// Mirrors importLimits.bytes (lib/exports/json/schema.ts); the server checks again.
const maxBytes = 10 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// Two steps: the edited kravmatris is read and its changes listed; only
// "Genomför ändringarna" writes them, in one transaction, against the draft
// version the list was made from.
export function MatrixImport({ preview, apply, overview }: { preview: Preview; apply: Apply; overview: string }) {
  const t = useTranslations("import");
  const tErrors = useTranslations("errors");
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<
    | { kind: "idle" }
    | { kind: "preview"; base64: string; data: MatrixPreview }
    | { kind: "done"; updated: number; added: number }
  >({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const explain = (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    const key = result.fieldErrors?.file?.[0];
    const where = result.fieldErrors?.where?.[0] ?? "";
    return key && t.has(`problems.${key}`) ? t(`problems.${key}`, { where }) : tErrors(`codes.${result.code}`);
  };
  const guarded = <T,>(call: Promise<ActionResult<T>>) =>
    call.catch((cause: unknown): ActionResult<T> => {
      console.error("kravmatris import failed", cause);
      return { ok: false, code: "INTERNAL" };
    });

  const read = (event: React.FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t("chooseFile"));
    if (file.size > maxBytes) return setError(t("problems.tooLarge"));
    startTransition(async () => {
      const base64 = await toBase64(file);
      const result = await guarded(preview(base64));
      if (!result.ok) return setError(explain(result));
      setError(null);
      setState({ kind: "preview", base64, data: result.data });
    });
  };

  const confirm = () => {
    if (state.kind !== "preview") return;
    startTransition(async () => {
      const result = await guarded(apply(state.data.baseVersion, state.base64));
      if (!result.ok) return setError(explain(result));
      setState({ kind: "done", ...result.data });
    });
  };

  if (state.kind === "done")
    return (
      <div role="status" className="max-w-3xl">
        <p className="mb-4 font-semibold text-success">{t("matrix.done", state)}</p>
        <a href={overview} className="text-brand underline">
          {t("matrix.backToDraft")}
        </a>
      </div>
    );
  return (
    <div className="max-w-4xl">
      <form onSubmit={read} noValidate className="mb-8">
        <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
          <label htmlFor="matrix-file" className="mb-1 block font-semibold">
            {t("matrix.fileLabel")}
          </label>
          <FieldHint id="matrix-file">{t("matrix.fileHint")}</FieldHint>
          <div role="alert">
            <FieldError id="matrix-file" message={error ?? undefined} prefix={tErrors("titlePrefix")} />
          </div>
          <input
            ref={fileInput}
            id="matrix-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("matrix-file", t("matrix.fileHint"), error ?? undefined)}
            onChange={() => {
              setError(null);
              setState({ kind: "idle" });
            }}
            className="block"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("matrix.read")}
        </Button>
      </form>
      {state.kind === "preview" ? (
        <section aria-labelledby="matrix-preview">
          <h2 id="matrix-preview" className="mb-2 text-2xl font-bold">
            {t("matrix.previewHeading")}
          </h2>
          <MatrixPreviewList data={state.data} />
          {state.data.updates.length + state.data.additions.length > 0 ? (
            <Button onClick={confirm} disabled={pending}>
              {t("matrix.apply")}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { safeAction } from "@/components/ui/safe-action";

// The remiss pages' forms share one flow: the fields are sent as typed, the
// action parses them with the schema, a field error shows at its field and in
// the summary, and a done form refreshes the page and says so. Plain fields
// (no client schema): these forms are short and the server answers at once.
const ErrorsContext = createContext<FieldErrors>({});

// The message for a field error key: the remiss's own keys first.
export function useRemissFieldError(name: string): string | undefined {
  const t = useTranslations();
  const key = useContext(ErrorsContext)[name]?.[0];
  return key ? fieldMessage(t, key) : undefined;
}

export function RemissForm<T>({
  action,
  submitLabel,
  doneMessage,
  variant = "primary",
  onDone,
  children,
  idPrefix,
}: {
  action: (input: Record<string, string>) => Promise<ActionResult<T>>;
  submitLabel: string;
  doneMessage?: string;
  variant?: "primary" | "secondary";
  onDone?: (data: T) => void;
  children?: ReactNode;
  idPrefix: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [code, setCode] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
    setBusy(true);
    setDone(false);
    const result = await safeAction(action, input);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setCode(result.fieldErrors ? null : result.code);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setCode(null);
    setDone(true);
    onDone?.(result.data);
    if (!onDone) form.reset();
    router.refresh();
  }

  const summary = [
    ...Object.keys(errors).map((name) => ({
      href: `#${idPrefix}-${name}`,
      message: fieldMessage(t, errors[name]?.[0]),
    })),
    ...(code ? [{ message: t(`errors.codes.${code}` as never) }] : []),
  ];
  return (
    <form onSubmit={submit} noValidate className="mb-6 max-w-3xl">
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={t("errors.titlePrefix")}
        errors={summary}
        focusKey={attempt}
      />
      <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>
      <Button type="submit" variant={variant} disabled={busy}>
        {submitLabel}
      </Button>
      <p role="status" className="mt-2 font-semibold">
        {done && doneMessage ? doneMessage : ""}
      </p>
    </form>
  );
}

function fieldMessage(t: ReturnType<typeof useTranslations>, key: string | undefined): string {
  if (key && t.has(`remiss.fields.${key}`)) return t(`remiss.fields.${key}` as never);
  if (key && t.has(`errors.fields.${key}`)) return t(`errors.fields.${key}` as never);
  return t("errors.fields.invalid");
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export type ConflictField = { name: string; label: string };
type Values = Record<string, unknown>;

// A native modal <dialog>: showModal() makes the page behind it inert (focus
// stays inside), Escape closes it, and aria-labelledby names it. Nothing is
// saved until the user picks a side for every differing field.
export function ConflictDialog<T extends Values>({
  fields,
  mine,
  theirs,
  format,
  onResolve,
  onClose,
}: {
  fields: ConflictField[];
  mine: T;
  theirs: T;
  format: (name: string, value: unknown) => string;
  onResolve: (values: T) => void;
  onClose: () => void;
}) {
  const t = useTranslations("autosave.conflict");
  const ref = useRef<HTMLDialogElement>(null);
  // Compared as the reader sees them: an empty box and a missing answer are the same.
  const differing = fields.filter(
    (field) => format(field.name, mine[field.name]) !== format(field.name, theirs[field.name]),
  );
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const merged = (pick: (name: string) => "mine" | "theirs") => {
    const values = { ...mine } as Values;
    for (const field of differing)
      values[field.name] = pick(field.name) === "mine" ? mine[field.name] : theirs[field.name];
    return values as T;
  };
  const shown = (name: string, value: unknown) => format(name, value) || t("empty");

  return (
    <dialog
      ref={ref}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      onCancel={onClose}
      className="m-auto max-h-[90vh] w-dialog overflow-y-auto border-4 border-ink p-6 backdrop:bg-ink/60"
    >
      <h2 id="conflict-title" className="mb-2 text-2xl font-bold">
        {t("title")}
      </h2>
      <p id="conflict-intro" className="mb-6">
        {t("intro", { count: differing.length })}
      </p>
      {differing.map((field) => {
        const picked = choice[field.name] ?? "mine";
        return (
          <fieldset key={field.name} className="mb-6 border-b border-line pb-4">
            <legend className="mb-2 font-semibold">{field.label}</legend>
            {(["mine", "theirs"] as const).map((side) => {
              const value = side === "mine" ? mine[field.name] : theirs[field.name];
              const id = `conflict-${field.name}-${side}`;
              return (
                <div key={side} className="mb-2 flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    name={`conflict-${field.name}`}
                    checked={picked === side}
                    onChange={() => setChoice((current) => ({ ...current, [field.name]: side }))}
                    className="mt-1 size-6 accent-ink"
                  />
                  <label htmlFor={id}>
                    <span className="block font-semibold">{t(side)}</span>
                    <span className="whitespace-pre-wrap">{shown(field.name, value)}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <Button onClick={() => onResolve(merged((name) => choice[name] ?? "mine"))}>{t("saveChoice")}</Button>
        <Button variant="secondary" onClick={() => onResolve(merged(() => "mine"))}>
          {t("keepMine")}
        </Button>
        <Button variant="secondary" onClick={() => onResolve(merged(() => "theirs"))}>
          {t("takeTheirs")}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </dialog>
  );
}

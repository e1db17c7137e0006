import type { ComponentProps, ReactNode } from "react";
import { CharacterCount } from "@/components/ui/character-count";

// Shared label/hint/error wiring so every input announces its hint and error
// through aria-describedby.
export function describedBy(id: string, hint?: ReactNode, error?: string, counted = false): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, counted ? `${id}-count` : null].filter(
    Boolean,
  );
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="mb-2 text-secondary">
      {children}
    </p>
  );
}

export function FieldError({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-semibold text-error">
      <span className="sr-only">{prefix}</span>
      {message}
    </p>
  );
}

type ShellProps = { id: string; label: string; hint?: ReactNode; error?: string; errorPrefix: string };
// A length limit shown as a count under the field (GOV.UK character count).
type Counter = { counter?: { max: number; length: number } };

// GOV.UK form group: label, hint, error and a red bar beside a field in error.
function FieldShell({ id, label, hint, error, errorPrefix, children }: ShellProps & { children: ReactNode }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} prefix={errorPrefix} />
      {children}
    </div>
  );
}

const controlClass = (error?: string) =>
  `block w-full border-2 ${error ? "border-error" : "border-ink"} px-2 py-1.5 text-base focus:outline-3 focus:outline-offset-0 focus:outline-focus`;

export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  counter,
  ...input
}: ShellProps & Counter & Omit<ComponentProps<"input">, "id">) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, !!counter)}
        className={controlClass(error)}
        {...input}
      />
      {counter ? <CharacterCount id={id} {...counter} /> : null}
    </FieldShell>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  counter,
  ...textarea
}: ShellProps & Counter & Omit<ComponentProps<"textarea">, "id">) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <textarea
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, !!counter)}
        className={controlClass(error)}
        {...textarea}
      />
      {counter ? <CharacterCount id={id} {...counter} /> : null}
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  options,
  ...select
}: ShellProps & { options: { value: string; label: string }[] } & Omit<ComponentProps<"select">, "id">) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${controlClass(error)} max-w-md bg-canvas`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

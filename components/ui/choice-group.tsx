import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint } from "@/components/ui/field";

export type Choice = { value: string; label: string; hint?: string };

// A fieldset of radios or checkboxes; the first input carries the group's id
// so the error summary can link to it.
export function ChoiceGroup({
  id,
  type,
  legend,
  hint,
  error,
  errorPrefix,
  choices,
  registration,
  checked = [],
}: {
  id: string;
  type: "radio" | "checkbox";
  legend: string;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  choices: Choice[];
  registration: UseFormRegisterReturn;
  // The saved choice(s), rendered on the server (components/ui/field-default.ts).
  checked?: readonly string[];
}) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="mb-1 font-semibold">{legend}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} prefix={errorPrefix} />
        <div className="space-y-2">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div key={choice.value} className="flex items-start gap-3">
                <input
                  id={inputId}
                  type={type}
                  value={choice.value}
                  defaultChecked={checked.includes(choice.value)}
                  aria-describedby={choice.hint ? `${inputId}-item-hint` : undefined}
                  className="mt-1 h-6 w-6 shrink-0 accent-ink focus:outline-3 focus:outline-focus"
                  {...registration}
                />
                <div>
                  <label htmlFor={inputId}>{choice.label}</label>
                  {choice.hint ? (
                    <p id={`${inputId}-item-hint`} className="text-secondary">
                      {choice.hint}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

import { get } from "react-hook-form";

// react-hook-form fills uncontrolled inputs through their ref after hydration,
// so without these attributes the server HTML shows empty fields until the
// page's JavaScript has run (and forever without JavaScript). The same default
// as an HTML attribute makes the first HTML complete; the form still owns the value.
export function textDefault(values: unknown, name: string): string | undefined {
  const value: unknown = get(values, name);
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

// The chosen value(s) of a radio or checkbox group.
export function choiceDefault(values: unknown, name: string): string[] {
  const value: unknown = get(values, name);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

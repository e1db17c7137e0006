export const locales = ["sv", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "sv";
export const localeCookie = "NEXT_LOCALE";
// Times in the UI ("Sparat 14:32") are Swedish wall-clock time for everyone.
export const timeZone = "Europe/Stockholm";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

import type { SuggestionConditions } from "@/lib/catalog/schema";

type Translate = (key: string, values?: Record<string, string | number>) => string;

// "Gäller när produkten är en molntjänst (SaaS) och användarna är invånare":
// conditions are AND across keys and OR within a list (lib/catalog/schema.ts).
export function describeConditions(conditions: SuggestionConditions, t: Translate): string {
  const list = (prefix: string, values: readonly string[]) =>
    values.map((value) => t(`${prefix}.${value}`)).join(` ${t("conditions.or")} `);
  const parts: string[] = [];
  if (conditions.productTypes)
    parts.push(t("conditions.productTypes", { values: list("productTypes", conditions.productTypes) }));
  if (conditions.personalData)
    parts.push(t("conditions.personalData", { values: list("personalData", conditions.personalData) }));
  if (conditions.userGroups)
    parts.push(t("conditions.userGroups", { values: list("userGroups", conditions.userGroups) }));
  if (conditions.critical) parts.push(t("conditions.critical"));
  if (conditions.aiComponent) parts.push(t("conditions.aiComponent"));
  if (conditions.procedures)
    parts.push(t("conditions.procedures", { values: list("procedures", conditions.procedures) }));
  if (conditions.secrecy) parts.push(t("conditions.secrecy"));
  if (conditions.minValueSek !== undefined) {
    parts.push(t("conditions.minValueSek", { value: conditions.minValueSek.toLocaleString("sv-SE") }));
  }
  if (parts.length === 0) return t("conditions.always");
  const sentence = parts.join(` ${t("conditions.and")} `);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

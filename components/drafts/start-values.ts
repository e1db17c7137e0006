import type { DefaultValues } from "react-hook-form";
import type { DraftContext, StartStepInput } from "@/lib/drafts/schema";

// Stored Start answers → the form's input values (empty boxes, not undefined),
// used for the first render and for "take the other version" in a conflict.
export function startFormValues(title: string, context: DraftContext): DefaultValues<StartStepInput> & StartStepInput {
  return {
    title,
    organisation: context.organisation ?? "",
    procuredItem: context.procuredItem ?? "",
    productTypes: context.productTypes ?? [],
    personalData: context.personalData as StartStepInput["personalData"],
    userGroups: context.userGroups ?? [],
    usersDescription: context.usersDescription ?? "",
    userCounts: context.userCounts ?? {},
    critical: context.critical as StartStepInput["critical"],
    aiComponent: context.aiComponent as StartStepInput["aiComponent"],
    procedure: context.procedure ?? "undecided",
    estimatedValueSek: context.estimatedValueSek,
    contractMonths: context.contractMonths,
  };
}

export const startFieldOrder = [
  "title",
  "organisation",
  "procuredItem",
  "productTypes",
  "personalData",
  "userGroups",
  "usersDescription",
  "userCounts",
  "critical",
  "aiComponent",
  "procedure",
  "estimatedValueSek",
  "contractMonths",
] as const;

const enumNamespaces: Record<string, string> = {
  productTypes: "start.productTypes",
  personalData: "start.personalData",
  userGroups: "start.userGroups",
  critical: "start.critical",
  aiComponent: "start.yesNo",
  procedure: "start.procedures",
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function startFieldLabel(t: Translate, field: string): string {
  return ["productTypes", "personalData", "userGroups", "userCounts", "critical", "aiComponent"].includes(field)
    ? t(`start.fields.${field}.legend`)
    : t(`start.fields.${field}.label`);
}

// A stored or typed Start value as a reader sees it: option labels instead of
// codes, counts with their group names. Empty is "".
export function formatStartValue(t: Translate, field: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  const namespace = enumNamespaces[field];
  if (namespace) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((item) => t(`${namespace}.${String(item)}`)).join(", ");
  }
  if (field === "userCounts" && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, count]) => count !== undefined && count !== "" && count !== null)
      .map(([group, count]) => `${t(`start.fields.userCounts.${group}`)}: ${asText(count)}`)
      .join(", ");
  }
  return Array.isArray(value) ? value.map(asText).join(", ") : asText(value);
}

export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === undefined || value === null ? "" : JSON.stringify(value);
}

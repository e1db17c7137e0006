import { suggestions as catalog } from "@/lib/catalog";
import { rankSuggestions } from "@/lib/catalog/rank";
import type { Suggestion } from "@/lib/catalog/schema";
import type { DraftContext } from "@/lib/drafts/schema";
import { perspectives } from "@/lib/vocabulary";

// "Ny från mall": built-in kinds of procurement. Each pre-fills the Start
// answers that describe the kind (the procurer still names the organisation
// and what is bought) and brings a starting set chosen by the catalog's own
// ranking for that context, so the set follows the catalog as it is revised
// instead of a hand-kept list of ids. Labels in messages/*/templates.json.
export const templateKinds = ["e_tjanst", "verksamhetssystem", "molntjanst", "valfardsteknik"] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const kindContexts: Record<TemplateKind, DraftContext> = {
  // A digital service citizens use, handled by staff.
  e_tjanst: {
    productTypes: ["e_service"],
    personalData: "ordinary",
    userGroups: ["citizens", "staff"],
    critical: "no",
    aiComponent: "no",
    procedure: "undecided",
  },
  // A system staff work in every day.
  verksamhetssystem: {
    productTypes: ["business_system"],
    personalData: "ordinary",
    userGroups: ["staff"],
    critical: "unsure",
    aiComponent: "no",
    procedure: "undecided",
  },
  // A cloud service that processes sensitive personal data.
  molntjanst: {
    productTypes: ["cloud_saas"],
    personalData: "sensitive",
    userGroups: ["staff"],
    critical: "unsure",
    aiComponent: "no",
    procedure: "undecided",
  },
  // Welfare technology in people's homes: devices, an app, sensitive data,
  // and care that must keep working.
  valfardsteknik: {
    productTypes: ["hardware_software", "app"],
    personalData: "sensitive",
    userGroups: ["citizens", "staff"],
    critical: "yes",
    aiComponent: "no",
    procedure: "undecided",
  },
};

// Per perspective: a handful to start from, not the whole panel; the rest
// stay in each step's suggestion list.
export const startingSetPerPerspective = 3;

// The top-ranked suggestions of each perspective for the kind's context, in
// perspective order. Only suggestions that matched something specific
// ("general" alone is not a reason to pre-select).
export function startingSet(kind: TemplateKind, all: readonly Suggestion[] = catalog): Suggestion[] {
  const context = kindContexts[kind];
  return perspectives.flatMap((perspective) =>
    rankSuggestions(
      all.filter((s) => s.perspective === perspective),
      context,
    )
      .filter((ranked) => !(ranked.reasons.length === 1 && ranked.reasons[0] === "general"))
      .slice(0, startingSetPerPerspective)
      .map((ranked) => ranked.suggestion),
  );
}

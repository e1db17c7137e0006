// The domain's shared words: the four perspectives, ska/bör, kravtyper,
// phases, the requirement code and the Start step's answer options. Used by
// the catalog, the editor, Granska, the document and the wizard alike, so it
// sits at the top of lib and imports nothing from another lib folder (a
// vocabulary inside one domain folder pulls that folder into a loop with
// every other; scripts/check-lib-cycles.ts fails on one).
// Plain values without zod, so a client component that only lists them keeps
// zod out of its first-load JavaScript; their schemas are in
// lib/vocabulary-schema.ts.

export const perspectives = ["kundnytta", "juridik", "arbetsmiljo", "organisation"] as const;
export type Perspective = (typeof perspectives)[number];

// Requirement IDs read KN-1, JU-1, AM-1, OR-1 (numbers are never reused).
export const perspectivePrefix: Record<Perspective, string> = {
  kundnytta: "KN",
  juridik: "JU",
  arbetsmiljo: "AM",
  organisation: "OR",
};

// ska = mandatory (ska-krav/minimikrav); bor = award criterion that adds value.
export const levels = ["ska", "bor"] as const;
export type Level = (typeof levels)[number];

// KF krav på föremålet, KQ kvalificeringskrav, TK tilldelningskriterium,
// AV avtalsvillkor, IN internt processkrav (on the buyer itself).
export const kravtyper = ["KF", "KQ", "TK", "AV", "IN"] as const;
export type Kravtyp = (typeof kravtyper)[number];

// BA behovsanalys, MD marknadsdialog, KS kravställning, UV utvärdering,
// AU avtal och uppföljning.
export const phases = ["BA", "MD", "KS", "UV", "AU"] as const;
export type Phase = (typeof phases)[number];

export function requirementCode(perspective: Perspective, number: number): string {
  return `${perspectivePrefix[perspective]}-${number}`;
}

// The specification's title, at most this long: shown to the user as a hint
// and a count under the Start step's field (no zod here, see above).
export const titleMaxLength = 200;

// The Start step's answer options; the catalog's conditions and the ranking
// speak the same words.
export const productTypes = [
  "e_service",
  "business_system",
  "cloud_saas",
  "app",
  "hardware_software",
  "integration",
] as const;
export const personalDataLevels = ["none", "ordinary", "sensitive"] as const;
export const userGroups = ["citizens", "staff", "businesses"] as const;
export const yesNo = ["yes", "no"] as const;
export const criticalAnswers = ["yes", "no", "unsure"] as const;
// Upphandlingsförfarande; "undecided" is a real answer early in a procurement.
export const procedures = [
  "undecided",
  "direct",
  "simplified",
  "open",
  "restricted",
  "negotiated",
  "competitive_dialogue",
  "innovation_partnership",
  "framework_call",
] as const;

export type UserGroup = (typeof userGroups)[number];

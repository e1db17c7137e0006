// Word lists for the quality lint. Patterns are matched as whole words
// (letters around a match make it no match), so "snabbt" is caught but
// "snabbkommando" and "modernisering" are not.

// Vague words cannot be verified: a bidder cannot prove "användarvänlig".
// Each entry lists the Swedish inflections that carry the same vague claim.
// Known false alarm left in: "modern" is also "the mother" (modern och barnet).
export const vagueTerms: readonly { term: string; pattern: string }[] = [
  { term: "användarvänlig", pattern: "användarvänlig(?:t|a|are|ast|het)?" },
  { term: "modern", pattern: "modern(?:t|a|are|ast)?" },
  { term: "snabb", pattern: "snabb(?:t|a|are|ast)?" },
  // "Enkel inloggning" is the Swedish term for single sign-on, not a vague claim.
  { term: "enkel", pattern: "enkel(?!\\s+inloggning)|enkelt|enkla|enklare|enklast" },
  { term: "flexibel", pattern: "flexibel|flexibelt|flexibla|flexiblare|flexibilitet" },
  { term: "intuitiv", pattern: "intuitiv(?:t|a|are|ast)?" },
  { term: "smidig", pattern: "smidig(?:t|a|are|ast)?" },
  { term: "effektiv", pattern: "effektiv(?:t|a|are|ast)?" },
  { term: "robust", pattern: "robust(?:a|are|ast)?" },
  { term: "lättanvänd", pattern: "lättanvänd(?:a|are)?|lättanvänt" },
  // Open-ended lists leave the scope to the bidder's reading.
  { term: "bl.a.", pattern: "bl\\.\\s?a\\.?" },
  { term: "etc.", pattern: "etc\\.?" },
  { term: "m.m.", pattern: "m\\.\\s?m\\.?" },
  { term: "osv", pattern: "osv\\.?|o\\.s\\.v\\.?" },
  { term: "och/eller", pattern: "och\\s*/\\s*eller" },
  { term: "vid behov", pattern: "vid\\s+behov" },
];

// Naming a product or brand without "eller likvärdigt" discriminates against
// other suppliers (LOU 9 kap. 4 §). Names that are also ordinary Swedish or
// English words ("team", "word", "edge", "äpple") are matched case-sensitively
// and only in their brand spelling to avoid false alarms; open standards and
// formats (PDF/A, ODF, WCAG, ISO) are not brands and are not listed.
export type BrandTerm = { name: string; pattern: string; caseSensitive?: boolean; eLegitimation?: boolean };

export const brandTerms: readonly BrandTerm[] = [
  { name: "Microsoft 365", pattern: "(?:microsoft|office)\\s*365" },
  { name: "Microsoft", pattern: "microsoft" },
  { name: "Windows", pattern: "Windows", caseSensitive: true },
  { name: "Teams", pattern: "Teams", caseSensitive: true },
  { name: "Word", pattern: "Word", caseSensitive: true },
  { name: "Excel", pattern: "Excel", caseSensitive: true },
  { name: "Outlook", pattern: "Outlook", caseSensitive: true },
  { name: "SharePoint", pattern: "sharepoint" },
  { name: "Azure", pattern: "azure" },
  { name: "AWS", pattern: "AWS|Amazon Web Services", caseSensitive: true },
  { name: "Google", pattern: "google" },
  { name: "Chrome", pattern: "Chrome", caseSensitive: true },
  { name: "Apple", pattern: "Apple", caseSensitive: true },
  { name: "iOS", pattern: "iOS", caseSensitive: true },
  { name: "iPad", pattern: "iPad|iPhone", caseSensitive: true },
  { name: "Android", pattern: "android" },
  { name: "Oracle", pattern: "Oracle", caseSensitive: true },
  { name: "SAP", pattern: "SAP", caseSensitive: true },
  { name: "Salesforce", pattern: "salesforce" },
  { name: "Adobe", pattern: "adobe" },
  { name: "Citrix", pattern: "citrix" },
  { name: "VMware", pattern: "vmware" },
  { name: "Zoom", pattern: "Zoom", caseSensitive: true },
  { name: "Tietoevry", pattern: "tietoevry|tieto|evry" },
  { name: "Visma", pattern: "visma" },
  { name: "Cosmic", pattern: "Cosmic", caseSensitive: true },
  { name: "Treserva", pattern: "treserva" },
  { name: "Procapita", pattern: "procapita" },
  { name: "Power BI", pattern: "power\\s?bi" },
  { name: "Swish", pattern: "swish" },
  { name: "BankID", pattern: "(?:mobilt\\s+)?bank-?id", eLegitimation: true },
  { name: "Freja eID", pattern: "freja\\s*eid\\+?", eLegitimation: true },
];

// The wording that makes a named product acceptable as an example.
export const equivalentPattern = "eller\\s+likvärdig(?:t|a)?";
// E-legitimation brands are fine when the requirement names the function.
export const eLegitimationPattern = "e-legitimation(?:er|en|erna)?";

import type { SuggestionConditions } from "@/lib/catalog/schema";
import { productTypes } from "@/lib/drafts/schema";

// Shared by the juridik suggestion parts (juridik-*.ts).
export const p = "juridik" as const;
// The day the texts and their sources were last checked.
export const checkedAt = "2026-11-29";

export const personal: SuggestionConditions = { personalData: ["ordinary", "sensitive"] };
export const cloud: SuggestionConditions = { productTypes: ["cloud_saas"] };
// Every product type lets the supplier reach the buyer's data (hosting,
// operation, support, alarm handling), so an obligation on a supplier that
// processes data lists them all; a cloud service weighs most because the
// supplier then holds all of it.
export const supplierProcesses: SuggestionConditions = { productTypes: [...productTypes] };

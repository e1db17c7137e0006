import "server-only";
import { createHash } from "node:crypto";
import { adoptedSuggestionSchema, type AdoptedSuggestion, type SourceUpdate } from "@/lib/drafts/adopted";
import { kravtypSchema, levelSchema } from "@/lib/vocabulary-schema";

// Revisions of an organisation library entry, like a catalog suggestion's
// (lib/catalog/revision.ts): a content hash over what a draft adopts. A
// requirement adopted from the library keeps the hash and texts it was
// adopted with (Requirement.adoptedLibrary); when an ägare later edits the
// entry, the draft shows the same "Källan har reviderats" alert.
type EntryContent = {
  title: string;
  text: string;
  motiv: string;
  verifikat: string;
  uppfoljning: string;
  level: string;
  kravtyp: string;
};

export function adoptedFromEntry(entry: EntryContent): AdoptedSuggestion {
  const content = [
    entry.title,
    entry.text,
    entry.motiv,
    entry.verifikat,
    entry.uppfoljning,
    entry.level,
    entry.kravtyp,
  ];
  return {
    revision: createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16),
    title: entry.title,
    text: entry.text,
    motiv: entry.motiv,
    verifikat: entry.verifikat,
    uppfoljning: entry.uppfoljning,
    level: levelSchema.safeParse(entry.level).data ?? "ska",
    kravtyp: kravtypSchema.safeParse(entry.kravtyp).data ?? "KF",
  };
}

// What changed in the entry since adoption, or null: unchanged, adopted
// before this was recorded, or removed from the library since.
export function libraryUpdateFor(
  entryId: string | null,
  stored: unknown,
  entry: EntryContent | undefined,
): SourceUpdate | null {
  if (!entryId || !entry || stored === null || stored === undefined) return null;
  const adopted = adoptedSuggestionSchema.safeParse(stored);
  if (!adopted.success) return null;
  const current = adoptedFromEntry(entry);
  return current.revision === adopted.data.revision
    ? null
    : { suggestionId: entryId, adopted: adopted.data, current, source: "library" };
}

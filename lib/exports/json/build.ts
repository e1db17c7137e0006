import { adoptedSuggestionSchema } from "@/lib/drafts/adopted";
import { perspectiveAnswersSchema } from "@/lib/drafts/answers";
import { draftContextSchema } from "@/lib/drafts/schema";
import { kravlotsFileSchema, kravlotsFormatVersion, type KravlotsFile } from "@/lib/exports/json/schema";
import { perspectives, requirementCode, type Perspective } from "@/lib/vocabulary";

// A draft as read from the database (lib/exports/json/data.ts) turned into
// the Kravlots file. Pure, so the round trip can be tested without a server.
export type DraftRow = {
  title: string;
  status: string;
  context: unknown;
  answers: unknown;
  completedSteps: unknown;
  nextNumberKn: number;
  nextNumberJu: number;
  nextNumberAm: number;
  nextNumberOr: number;
  requirements: {
    perspective: string;
    number: number;
    position: number;
    level: string;
    kravtyp: string;
    text: string;
    motiv: string;
    verifikat: string;
    uppfoljning: string;
    weight: number | null;
    suggestionId: string | null;
    modelIds: unknown;
    adoptedSuggestion: unknown;
  }[];
};

const order = (p: string) => perspectives.indexOf(p as Perspective);

export function buildKravlotsFile(row: DraftRow, exportedAt: Date): KravlotsFile {
  const adopted = (value: unknown) => {
    const parsed = adoptedSuggestionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const requirements = [...row.requirements]
    .sort((a, b) => order(a.perspective) - order(b.perspective) || a.position - b.position || a.number - b.number)
    .map((r) => ({
      code: requirementCode(r.perspective as Perspective, r.number),
      perspective: r.perspective,
      number: r.number,
      position: r.position,
      level: r.level,
      kravtyp: r.kravtyp,
      text: r.text,
      motiv: r.motiv,
      verifikat: r.verifikat,
      uppfoljning: r.uppfoljning,
      weight: r.level === "bor" ? r.weight : null,
      suggestionId: r.suggestionId,
      modelIds: Array.isArray(r.modelIds) ? r.modelIds : [],
      adoptedSuggestion: adopted(r.adoptedSuggestion),
    }));
  // Parsed on the way out too: an export the import would refuse is a bug here, not the user's problem.
  return kravlotsFileSchema.parse({
    format: "kravlots",
    formatVersion: kravlotsFormatVersion,
    exportedAt: exportedAt.toISOString(),
    draft: {
      title: row.title,
      status: row.status,
      context: draftContextSchema.parse(row.context ?? {}),
      answers: perspectiveAnswersSchema.parse(row.answers ?? {}),
      completedSteps: Array.isArray(row.completedSteps) ? row.completedSteps : [],
      nextNumbers: {
        kundnytta: row.nextNumberKn,
        juridik: row.nextNumberJu,
        arbetsmiljo: row.nextNumberAm,
        organisation: row.nextNumberOr,
      },
    },
    requirements,
  });
}

export function serializeKravlotsFile(file: KravlotsFile): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(`${JSON.stringify(file, null, 2)}\n`, "utf8"));
}

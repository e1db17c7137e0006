import { followUpRoles, followUpTimings, type FollowUpRole, type FollowUpTiming } from "@/lib/followup/schema";
import { requirementCode, type Perspective } from "@/lib/vocabulary";

// The uppföljningsplan, generated (pure): one item per requirement whose
// uppföljning field says something, with the procurer's edits laid over it.
// Generating on every read keeps the plan in step with the requirements: a
// requirement's new uppföljning text shows at once, a deleted one is gone.

export type PlanRequirement = {
  id: string;
  perspective: Perspective;
  number: number;
  position: number;
  text: string;
  uppfoljning: string;
};

// What a FollowUpItem row holds (null = as generated); dates as "YYYY-MM-DD".
export type StoredFollowUp = {
  requirementId: string;
  what: string | null;
  how: string | null;
  timing: string | null;
  role: string | null;
  doneAt: string | null;
  note: string;
};

export type FollowUpPlanItem = {
  requirementId: string;
  code: string;
  perspective: Perspective;
  what: string;
  how: string;
  timing: FollowUpTiming;
  role: FollowUpRole;
  doneAt: string | null;
  note: string;
  // True when the procurer changed what, how, when or who.
  edited: boolean;
};

// The words a procurer writes in an uppföljning field for each point in the
// contract, most specific first: "före förlängning" beats "årligen", and
// "tre månader efter leverans" beats "leverans".
const timingWords: [FollowUpTiming, RegExp][] = [
  ["renewal", /förläng|renewal|extension|option/i],
  ["yearly", /årlig|varje år|per år|en gång om året|yearly|annual/i],
  ["months3", /\b(3|tre) månader|\b(3|three) months|kvartal|quarter/i],
  ["acceptance", /acceptans|godkännande|provdrift|acceptance/i],
  ["delivery", /leverans|driftstart|driftsättning|installation|delivery/i],
];

export function inferTiming(uppfoljning: string): FollowUpTiming {
  return timingWords.find(([, words]) => words.test(uppfoljning))?.[0] ?? "acceptance";
}

// Who usually follows each perspective up; a text about personal data or
// information security names its own role.
const perspectiveRole: Record<Perspective, FollowUpRole> = {
  kundnytta: "verksamhetsansvarig",
  juridik: "avtalsansvarig",
  arbetsmiljo: "arbetsmiljo",
  organisation: "forvaltningsledare",
};

export function inferRole(perspective: Perspective, text: string): FollowUpRole {
  if (/personuppgift|dataskydd|gdpr|personal data/i.test(text)) return "dataskyddsombud";
  if (/informationssäkerhet|säkerhetsincident|behörighet|loggning|security/i.test(text)) return "informationssakerhet";
  return perspectiveRole[perspective];
}

const isTiming = (value: string | null | undefined): value is FollowUpTiming =>
  (followUpTimings as readonly (string | null | undefined)[]).includes(value);
const isRole = (value: string | null | undefined): value is FollowUpRole =>
  (followUpRoles as readonly (string | null | undefined)[]).includes(value);

// The requirement named briefly (lib/followup sits below lib/document, whose
// excerpt() the document uses; the plan must not import it back).
function shorten(text: string, max = 120): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

const perspectiveOrder: Perspective[] = ["kundnytta", "juridik", "arbetsmiljo", "organisation"];

export function buildFollowUpPlan(requirements: PlanRequirement[], stored: StoredFollowUp[]): FollowUpPlanItem[] {
  const edits = new Map(stored.map((row) => [row.requirementId, row]));
  return requirements
    .filter((r) => r.uppfoljning.trim() !== "" || edits.has(r.id))
    .sort(
      (a, b) =>
        perspectiveOrder.indexOf(a.perspective) - perspectiveOrder.indexOf(b.perspective) ||
        a.position - b.position ||
        a.number - b.number,
    )
    .map((r) => {
      const edit = edits.get(r.id);
      const how = r.uppfoljning.trim();
      const timing = isTiming(edit?.timing) ? edit.timing : inferTiming(how);
      const role = isRole(edit?.role) ? edit.role : inferRole(r.perspective, `${r.text} ${how}`);
      return {
        requirementId: r.id,
        code: requirementCode(r.perspective, r.number),
        perspective: r.perspective,
        what: edit?.what ?? shorten(r.text),
        how: edit?.how ?? how,
        timing,
        role,
        doneAt: edit?.doneAt ?? null,
        note: edit?.note ?? "",
        edited: !!edit && [edit.what, edit.how, edit.timing, edit.role].some((value) => value !== null),
      };
    });
}

import type { Perspective } from "@/lib/vocabulary";

// The guided questions of each perspective step. Texts live in
// messages/<locale>/questions.json under "questions.<perspective>.<id>"
// (label, hint and, for choices, options.<value>). Answers are stored in
// Draft.answers and parsed with perspectiveAnswersSchema (lib/drafts/answers.ts).
export type Question =
  | { id: string; kind: "text"; maxLength: number }
  | { id: string; kind: "choice"; options: readonly string[] }
  | { id: string; kind: "multi"; options: readonly string[] };

export const questions: Record<Perspective, readonly Question[]> = {
  kundnytta: [
    { id: "needs", kind: "text", maxLength: 4000 },
    { id: "effectGoals", kind: "text", maxLength: 4000 },
    { id: "userInvolvement", kind: "choice", options: ["planned", "partly", "no"] },
    { id: "channels", kind: "multi", options: ["web", "mobile", "phone", "visit", "other"] },
  ],
  juridik: [
    { id: "dpia", kind: "choice", options: ["done", "planned", "notNeeded", "unknown"] },
    { id: "hosting", kind: "choice", options: ["sweden", "eu", "thirdCountry", "unknown"] },
    { id: "secrecy", kind: "choice", options: ["yes", "no", "unknown"] },
    { id: "legalNotes", kind: "text", maxLength: 4000 },
  ],
  arbetsmiljo: [
    { id: "affectedStaff", kind: "text", maxLength: 4000 },
    { id: "riskAssessment", kind: "choice", options: ["planned", "done", "notYet"] },
    { id: "staffInvolvement", kind: "multi", options: ["skyddsombud", "endUsers", "union", "none"] },
    { id: "workChanges", kind: "text", maxLength: 4000 },
  ],
  organisation: [
    { id: "governance", kind: "text", maxLength: 4000 },
    { id: "introduction", kind: "choice", options: ["pilot", "stepwise", "bigBang", "unknown"] },
    { id: "collaboration", kind: "multi", options: ["otherMunicipalities", "region", "framework", "none"] },
    { id: "exitPlan", kind: "text", maxLength: 4000 },
  ],
};

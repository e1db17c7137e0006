import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import {
  perspectiveAnswersDraftSchema,
  perspectiveFormSchema,
  normaliseAnswers,
  normaliseStepInput,
} from "@/lib/answers/schema";
import { signInSchema, signUpSchema } from "@/lib/auth/schema";
import { guidanceModelSchema, suggestionConditionsSchema, suggestionSchema } from "@/lib/catalog/schema";
import { perspectiveAnswersSchema, perspectiveStepSchema } from "@/lib/drafts/answers";
import {
  baseVersionSchema,
  draftContextSchema,
  draftIdSchema,
  draftStatusSchema,
  startStepDraftSchema,
  startStepSchema,
  userCountsSchema,
} from "@/lib/drafts/schema";
import { createOrgSchema, inviteSchema, orgIdSchema, roleChangeSchema } from "@/lib/orgs/schema";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { perspectives } from "@/lib/vocabulary";
import { levelSchema, kravtypSchema, perspectiveSchema } from "@/lib/vocabulary-schema";
import { revisionIdSchema } from "@/lib/revisions/schema";
import { revisionSnapshotSchema } from "@/lib/drafts/snapshot";
import { fixtureModels } from "@/lib/testing/document-fixture";
import { fuzz, hostileValue, mutatedObject } from "@/lib/testing/fuzz";
import { sampleStart } from "@/lib/testing/sample-start";
import { suggestions } from "@/lib/catalog";

// Every zod schema under lib/**/schema.ts (and the answer schemas the
// autosave routes parse with) against hostile input: parsing never throws,
// a refusal always names at least one issue with a message, and what is
// accepted parses again to the same value and survives a JSON round trip
// (it is stored as JSON).

type Case = { name: string; schema: z.core.$ZodType; valid: unknown; runs?: number };

const requirement = {
  text: "Lösningen ska logga varje inloggning.",
  level: "bor",
  kravtyp: "KF",
  motiv: "",
  verifikat: "Demo.",
  uppfoljning: "",
  weight: "10",
};
const snapshot = {
  title: "T",
  context: {},
  answers: { kundnytta: { needs: "x", channels: ["web"] } },
  requirements: [
    {
      perspective: "kundnytta",
      number: 1,
      position: 1,
      text: "t",
      level: "ska",
      kravtyp: "KF",
      motiv: "",
      verifikat: "",
      uppfoljning: "",
      weight: null,
      suggestionId: null,
      modelIds: [],
      createdById: "u",
    },
  ],
};

const cases: Case[] = [
  { name: "startStepSchema", schema: startStepSchema, valid: sampleStart, runs: 400 },
  { name: "startStepDraftSchema", schema: startStepDraftSchema, valid: sampleStart, runs: 400 },
  { name: "draftContextSchema", schema: draftContextSchema, valid: { ...sampleStart, title: undefined } },
  { name: "userCountsSchema", schema: userCountsSchema, valid: { citizens: 1, staff: 2, businesses: 3 } },
  { name: "draftIdSchema", schema: draftIdSchema, valid: "ckz1qg8n50000abcd1234efgh" },
  { name: "baseVersionSchema", schema: baseVersionSchema, valid: 3 },
  { name: "draftStatusSchema", schema: draftStatusSchema, valid: "draft" },
  {
    name: "signUpSchema",
    schema: signUpSchema,
    valid: { name: "Åsa", email: "asa@example.se", password: "lösenord-1234" },
  },
  { name: "signInSchema", schema: signInSchema, valid: { email: "asa@example.se", password: "x" } },
  { name: "createOrgSchema", schema: createOrgSchema, valid: { name: "Exempla kommun" } },
  { name: "inviteSchema", schema: inviteSchema, valid: { email: "a@b.se", role: "reader" } },
  { name: "roleChangeSchema", schema: roleChangeSchema, valid: { role: "owner" } },
  { name: "orgIdSchema", schema: orgIdSchema, valid: "org_123" },
  { name: "requirementInputSchema", schema: requirementInputSchema, valid: requirement, runs: 400 },
  { name: "perspectiveSchema", schema: perspectiveSchema, valid: "juridik" },
  { name: "levelSchema", schema: levelSchema, valid: "ska" },
  { name: "kravtypSchema", schema: kravtypSchema, valid: "AV" },
  { name: "revisionSnapshotSchema", schema: revisionSnapshotSchema, valid: snapshot, runs: 400 },
  { name: "revisionIdSchema", schema: revisionIdSchema, valid: "ckz1qg8n50000abcd1234efgh" },
  { name: "perspectiveAnswersSchema", schema: perspectiveAnswersSchema, valid: { kundnytta: { needs: "x" } } },
  { name: "guidanceModelSchema", schema: guidanceModelSchema, valid: fixtureModels[0] },
  { name: "suggestionSchema", schema: suggestionSchema, valid: suggestions[0] },
  { name: "suggestionConditionsSchema", schema: suggestionConditionsSchema, valid: { critical: true } },
  ...perspectives.flatMap((p): Case[] => [
    { name: `perspectiveStepSchema(${p})`, schema: perspectiveStepSchema(p), valid: {} },
    { name: `perspectiveFormSchema(${p})`, schema: perspectiveFormSchema(p), valid: { answers: {}, completed: "yes" } },
    { name: `perspectiveAnswersDraftSchema(${p})`, schema: perspectiveAnswersDraftSchema(p), valid: { answers: {} } },
  ]),
];

function checkParse(schema: z.core.$ZodType, input: unknown) {
  const result = z.safeParse(schema, input);
  if (!result.success) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues)
      expect(typeof issue.message === "string" && issue.message.length > 0).toBe(true);
    return;
  }
  const again = z.safeParse(schema, result.data);
  expect(again.success, "accepted output parses again").toBe(true);
  const stored = JSON.parse(JSON.stringify(result.data ?? null)) as unknown;
  if (result.data !== undefined)
    expect(z.safeParse(schema, stored).success, "accepted output survives JSON").toBe(true);
}

describe("zod schemas under hostile input", () => {
  for (const { name, schema, valid, runs = 200 } of cases) {
    it(`${name}: never throws, refuses with issues, accepts only stable values`, () => {
      expect(z.safeParse(schema, valid).success, `${name}'s valid example`).toBe(true);
      fuzz(`${name} (any value)`, hostileValue, (value) => checkParse(schema, value), runs);
      if (valid && typeof valid === "object") {
        fuzz(
          `${name} (mutated)`,
          mutatedObject(valid as Record<string, unknown>),
          (value) => checkParse(schema, value),
          runs,
        );
      }
    });
  }

  it("what a Start draft save accepts always fits the stored context", () => {
    fuzz(
      "startStepDraftSchema → draftContextSchema",
      mutatedObject(sampleStart),
      (value) => {
        const parsed = startStepDraftSchema.safeParse(value);
        if (!parsed.success) return;
        const { title, ...context } = parsed.data;
        expect(typeof title).toBe("string");
        expect(draftContextSchema.safeParse(JSON.parse(JSON.stringify(context))).success).toBe(true);
      },
      800,
    );
  });

  it("the form normalisers never throw on any value", () => {
    fuzz(
      "normaliseAnswers / normaliseStepInput",
      hostileValue,
      (value) => {
        normaliseAnswers(value);
        normaliseStepInput(value);
      },
      400,
    );
  });

  it("a deeply nested body is refused without a stack overflow", () => {
    fuzz(
      "deep nesting",
      fc.integer({ min: 1000, max: 20000 }),
      (depth) => {
        let value: unknown = {};
        for (let i = 0; i < depth; i += 1) value = { answers: value, requirements: [value] };
        for (const { schema } of cases) z.safeParse(schema, value);
      },
      20,
    );
  });
});

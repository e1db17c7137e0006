import { describe, expect, it } from "vitest";
import { conditionsHold, rankSuggestions, type RankedSuggestion } from "@/lib/catalog/rank";
import {
  citizenEService,
  cloudWithSensitiveData,
  noSpecifics,
  rankContext,
  rankFixtures,
} from "@/lib/testing/rank-fixtures";

const ids = (ranked: RankedSuggestion[]) => ranked.map((entry) => entry.suggestion.id);
const find = (ranked: RankedSuggestion[], id: string) => {
  const entry = ranked.find((item) => item.suggestion.id === id);
  if (!entry) throw new Error(`${id} was not ranked`);
  return entry;
};
const position = (ranked: RankedSuggestion[], id: string) => ids(ranked).indexOf(id);

describe("rankSuggestions", () => {
  it("puts data protection, secrecy and security above generic suggestions for a cloud service with sensitive data", () => {
    const ranked = rankSuggestions(rankFixtures, cloudWithSensitiveData);
    const generic = ranked.filter((entry) => entry.reasons.join() === "general").map((entry) => entry.suggestion.id);
    expect(generic).toContain("s-generic-lou");
    const lastSpecific = Math.max(
      ...["s-dataskydd-pub", "s-sekretess-cloud", "s-sakerhet-logging", "s-sakerhet-general"].map((id) =>
        position(ranked, id),
      ),
    );
    const firstGeneric = Math.min(...generic.map((id) => position(ranked, id)));
    expect(lastSpecific).toBeLessThan(firstGeneric);
    expect(ids(ranked).slice(0, 3).sort()).toEqual(["s-dataskydd-pub", "s-sakerhet-logging", "s-sekretess-cloud"]);
  });

  it("ranks accessibility in the top three for a citizen e-service", () => {
    const ranked = rankSuggestions(rankFixtures, citizenEService);
    expect(position(ranked, "s-tillganglighet")).toBeGreaterThanOrEqual(0);
    expect(position(ranked, "s-tillganglighet")).toBeLessThan(3);
    expect(find(ranked, "s-tillganglighet").reasons).toEqual(["citizenUsers"]);
  });

  it("brings work-environment suggestions up when staff use the product", () => {
    const withStaff = rankSuggestions(
      rankFixtures,
      rankContext({ ...citizenEService, userGroups: ["citizens", "staff"] }),
    );
    const withoutStaff = rankSuggestions(rankFixtures, citizenEService);
    expect(position(withStaff, "s-arbetsmiljo-load")).toBeLessThan(position(withoutStaff, "s-arbetsmiljo-load"));
    expect(find(withStaff, "s-arbetsmiljo-load").reasons).toEqual(["staffUsers"]);
    expect(position(withoutStaff, "s-arbetsmiljo-risk")).toBe(-1);
    // Both work-environment suggestions rank above every generic one.
    const firstGeneric = withStaff.findIndex((entry) => entry.reasons.join() === "general");
    expect(position(withStaff, "s-arbetsmiljo-risk")).toBeLessThan(firstGeneric);
    expect(position(withStaff, "s-arbetsmiljo-load")).toBeLessThan(firstGeneric);
  });

  it("leaves out suggestions whose conditions fail", () => {
    const ranked = ids(rankSuggestions(rankFixtures, noSpecifics));
    for (const id of [
      "s-dataskydd-pub",
      "s-sekretess-cloud",
      "s-sakerhet-logging",
      "s-tillganglighet",
      "s-arbetsmiljo-risk",
      "s-ai-transparency",
      "s-kontinuitet",
      "s-high-value",
      "s-hardware",
    ]) {
      expect(ranked, id).not.toContain(id);
    }
    expect(ranked).toContain("s-generic-lou");
  });

  it("includes condition-bound suggestions exactly when their conditions hold", () => {
    const context = rankContext({
      ...noSpecifics,
      productTypes: ["hardware_software"],
      critical: "yes",
      aiComponent: "yes",
      estimatedValueSek: 12_000_000,
    });
    const ranked = rankSuggestions(rankFixtures, context);
    expect(find(ranked, "s-kontinuitet").reasons).toEqual(["critical"]);
    expect(find(ranked, "s-ai-transparency").reasons).toEqual(["aiComponent"]);
    expect(find(ranked, "s-high-value").reasons).toEqual(["highValue"]);
    expect(find(ranked, "s-hardware").reasons).toEqual(["productType"]);
    expect(find(ranked, "s-sakerhet-general").reasons).toEqual(["critical"]);
    expect(position(rankSuggestions(rankFixtures, { ...context, estimatedValueSek: 9_999_999 }), "s-high-value")).toBe(
      -1,
    );
  });

  it("lifts continuity and security for samhällsviktig verksamhet, and AI clauses for an AI component", () => {
    const critical = rankSuggestions(
      rankFixtures,
      rankContext({ ...noSpecifics, critical: "yes", aiComponent: "yes" }),
    );
    const top = ids(critical).slice(0, 3).sort();
    expect(top).toEqual(["s-ai-transparency", "s-kontinuitet", "s-sakerhet-general"]);
    expect(find(critical, "s-kontinuitet").score).toBeGreaterThan(find(critical, "s-ai-transparency").score);
    const plain = rankSuggestions(rankFixtures, noSpecifics);
    expect(find(critical, "s-sakerhet-general").score).toBeGreaterThan(find(plain, "s-sakerhet-general").score);
  });

  it("is deterministic and keeps catalog order among equal scores", () => {
    const first = rankSuggestions(rankFixtures, cloudWithSensitiveData);
    const second = rankSuggestions([...rankFixtures], cloudWithSensitiveData);
    expect(second).toEqual(first);
    const generic = first.filter((entry) => entry.reasons.join() === "general");
    for (const [previous, current] of generic.slice(1).map((entry, index) => [generic[index], entry] as const)) {
      if (previous && previous.score === current.score) {
        expect(rankFixtures.indexOf(previous.suggestion)).toBeLessThan(rankFixtures.indexOf(current.suggestion));
      }
    }
    const scores = first.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("gives every ranked suggestion at least one reason, and 'general' only alone", () => {
    for (const context of [cloudWithSensitiveData, citizenEService, noSpecifics]) {
      for (const entry of rankSuggestions(rankFixtures, context)) {
        expect(entry.reasons.length).toBeGreaterThan(0);
        if (entry.reasons.includes("general")) expect(entry.reasons).toEqual(["general"]);
      }
    }
    const cloud = rankSuggestions(rankFixtures, cloudWithSensitiveData);
    expect(find(cloud, "s-sekretess-cloud").reasons).toEqual(["sensitiveData", "cloud"]);
    expect(find(cloud, "s-generic-lou").reasons).toEqual(["general"]);
  });

  it("prefers the requirements phase when all else is equal, but not a level", () => {
    const ranked = rankSuggestions(rankFixtures, noSpecifics);
    expect(find(ranked, "s-generic-lou").score).toBeGreaterThan(find(ranked, "s-generic-exit").score);
    // ska (AU phase) and bör (UV phase) tie: neither level is pushed ahead.
    expect(find(ranked, "s-generic-exit").score).toBe(find(ranked, "s-generic-training").score);
  });

  it("lets guided answers about hosting and secrecy lift secrecy suggestions", () => {
    const context = rankContext({ ...citizenEService, productTypes: ["cloud_saas"] });
    const plain = find(rankSuggestions(rankFixtures, context), "s-sekretess-cloud");
    const answered = find(
      rankSuggestions(rankFixtures, context, { answers: { juridik: { hosting: "thirdCountry", secrecy: "yes" } } }),
      "s-sekretess-cloud",
    );
    expect(answered.score).toBeGreaterThan(plain.score);
    expect(answered.reasons).toEqual(["cloud", "thirdCountry", "secrecy"]);
  });
});

describe("conditionsHold", () => {
  it("requires every listed condition and any value within a list", () => {
    expect(
      conditionsHold({ personalData: ["ordinary", "sensitive"], userGroups: ["staff"] }, cloudWithSensitiveData),
    ).toBe(true);
    expect(
      conditionsHold({ personalData: ["ordinary", "sensitive"], userGroups: ["citizens"] }, cloudWithSensitiveData),
    ).toBe(false);
    expect(conditionsHold({}, rankContext({}))).toBe(true);
    expect(conditionsHold({ critical: true }, rankContext({ critical: "unsure" }))).toBe(false);
  });
});

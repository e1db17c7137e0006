import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getSuggestion, suggestions } from "@/lib/catalog";
import { catalogChangelog, latestRelease } from "@/lib/catalog/changelog";
import { suggestionRevision } from "@/lib/catalog/revision";

const recorded = JSON.parse(readFileSync("lib/catalog/revisions.json", "utf8")) as {
  release: string;
  revisions: Record<string, string>;
};

describe("catalog changelog and release revisions", () => {
  it("records the revision of every suggestion in this release (run npm run catalog:revisions and log the change)", () => {
    const drifted = suggestions.filter((s) => recorded.revisions[s.id] !== suggestionRevision(s)).map((s) => s.id);
    expect(drifted).toEqual([]);
    expect(Object.keys(recorded.revisions).filter((id) => !getSuggestion(id))).toEqual([]);
    expect(recorded.release).toBe(latestRelease.release);
  });

  it("lists releases newest first, each naming existing suggestions", () => {
    const dates = catalogChangelog.map((entry) => entry.release);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const entry of catalogChangelog) {
      expect(entry.release).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.changed !== "all") expect(entry.changed.filter((id) => !getSuggestion(id))).toEqual([]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { bodyLimitFor, importBodyLimitBytes, requestBodyLimitBytes } from "@/lib/security/body-limit";

describe("request body limits by path", () => {
  it("allows the import pages their larger files and holds every other path to 1 MB", () => {
    expect(bodyLimitFor("/drafts/import")).toBe(importBodyLimitBytes);
    expect(bodyLimitFor("/drafts/cm1abc/import")).toBe(importBodyLimitBytes);
    for (const path of ["/drafts", "/drafts/cm1abc/export", "/drafts/import/x", "/api/test/actions", "/x/import"])
      expect(bodyLimitFor(path), path).toBe(requestBodyLimitBytes);
  });
});

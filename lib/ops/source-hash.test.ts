import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceHash } from "../../scripts/source-hash.mjs";

describe("the source hash npm start rebuilds on", () => {
  it("changes with a source file, a build setting or the test flag, and not with test output or data", () => {
    const root = mkdtempSync(path.join(tmpdir(), "kravlots-hash-"));
    cpSync(path.resolve("messages"), path.join(root, "messages"), { recursive: true });
    writeFileSync(path.join(root, "next.config.ts"), "export default {};\n");
    const base = sourceHash(root);
    expect(sourceHash(root)).toBe(base);
    writeFileSync(path.join(root, "data.db"), "x");
    cpSync(path.resolve("messages"), path.join(root, "test-results"), { recursive: true });
    expect(sourceHash(root)).toBe(base);
    writeFileSync(path.join(root, "messages", "sv", "app.json"), '{"app":{}}\n');
    const changed = sourceHash(root);
    expect(changed).not.toBe(base);
    writeFileSync(path.join(root, "next.config.ts"), "export default { poweredByHeader: false };\n");
    expect(sourceHash(root)).not.toBe(changed);
    const plain = sourceHash(root);
    process.env.KRAVLOTS_TEST_BUILD = "1";
    try {
      expect(sourceHash(root)).not.toBe(plain);
    } finally {
      delete process.env.KRAVLOTS_TEST_BUILD;
    }
  });
});

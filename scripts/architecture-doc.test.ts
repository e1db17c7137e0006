import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// docs/ARCHITECTURE.md is the map of the code; a path it names that does not
// exist sends a newcomer looking for nothing. Patterns (`lib/**/data.ts`,
// `messages/<locale>/…`) are rules, not paths, and are left out.
const roots = "app|components|lib|e2e|scripts|workers|prisma|docs|messages|bench";
const rootFiles = [
  "package.json",
  "next.config.ts",
  "proxy.ts",
  "prisma.config.ts",
  "eslint.config.mjs",
  "tsconfig.json",
  "playwright.config.ts",
  "vitest.config.ts",
];

function namedPaths(markdown: string): string[] {
  const paths = [...markdown.matchAll(new RegExp(`(?<![\\w@/.-])(?:${roots})/[\\w.\\-\\[\\]/<>*…]*`, "g"))]
    .map((match) => match[0].replace(/[.,:;)]+$/, ""))
    .filter((path) => !/[<>*…]/.test(path));
  const files = rootFiles.filter((file) => new RegExp(`\`${file.replace(".", "\\.")}\``).test(markdown));
  return [...new Set([...paths, ...files])].sort();
}

describe("docs/ARCHITECTURE.md", () => {
  it("finds the paths a text names", () => {
    expect(
      namedPaths(
        "See `lib/drafts/scope.ts`, app/drafts/[draftId]/page.tsx. Not `lib/**/data.ts` or `messages/<locale>/x.json`; `@/lib/db`.",
      ),
    ).toEqual(["app/drafts/[draftId]/page.tsx", "lib/drafts/scope.ts"]);
  });

  it("names only paths that exist", () => {
    const paths = namedPaths(readFileSync("docs/ARCHITECTURE.md", "utf8"));
    expect(paths.length).toBeGreaterThan(40);
    // A module may be named without its extension (`lib/db`).
    const exists = (path: string) => [path, `${path}.ts`, `${path}.tsx`].some((candidate) => existsSync(candidate));
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";

const roots = ["app", "components", "lib"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe("zod in jitless mode", () => {
  it("is configured once the shared entry is loaded", () => {
    expect(z.config().jitless).toBe(true);
  });

  it("parses an object schema without compiling code (no eval under the CSP)", () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args: string[]) {
        compiled += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      const schema = z.object({ title: z.string().max(200), count: z.number().optional() });
      for (let i = 0; i < 3; i += 1)
        expect(schema.parse({ title: "Titel", count: i })).toEqual({ title: "Titel", count: i });
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });

  it("is the only runtime import of zod in the app's own code", () => {
    const offenders = roots
      .flatMap(sources)
      .filter((path) => path !== join("lib", "zod.ts"))
      .filter((path) => /^import\s+\{[^}]*\}\s+from\s+"zod";/m.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});

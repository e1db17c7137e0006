import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import { z as zm } from "@/lib/zod-mini";

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

  it("takes zod/mini only through lib/zod-mini-api.ts", () => {
    const offenders = roots
      .flatMap(sources)
      .filter((path) => path !== join("lib", "zod-mini-api.ts"))
      .filter((path) => /^import\s+\{[^}]*\}\s+from\s+"zod\/mini";/m.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("turns jitless on from the mini entry as well", () => {
    expect(zm.config().jitless).toBe(true);
  });

  it("mini's preprocess keeps a blank optional field optional, like classic's", () => {
    const blank = (value: unknown) => (value === "" ? undefined : value);
    const mini = zm.object({ n: zm.preprocess(blank, zm.optional(zm.coerce.number())) });
    const classic = z.object({ n: z.preprocess(blank, z.coerce.number().optional()) });
    for (const input of [{}, { n: "" }, { n: "4" }, { n: "x" }]) {
      expect(mini.safeParse(input).success).toBe(classic.safeParse(input).success);
      expect(mini.safeParse(input).data).toEqual(classic.safeParse(input).data);
    }
  });
});

import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { loadMessages } from "@/lib/i18n/load-messages";

type Tree = { [key: string]: string | Tree };
const catalogs = { sv: loadMessages("sv") as Tree, en: loadMessages("en") as Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function valueAt(tree: Tree, path: string): string | undefined {
  const value = path
    .split(".")
    .reduce<string | Tree | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), tree);
  return typeof value === "string" ? value : undefined;
}

const placeholders = (text: string | undefined) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  it("has the same namespace files in both languages", () => {
    const files = (locale: string) => readdirSync(path.join(process.cwd(), "messages", locale)).sort();
    expect(files("en")).toEqual(files("sv"));
  });

  it("English has exactly the Swedish keys, so no text falls back or goes missing", () => {
    expect(keys(catalogs.en).sort()).toEqual(keys(catalogs.sv).sort());
  });

  it("every message uses the same placeholders in both languages", () => {
    for (const key of keys(catalogs.sv)) {
      expect(placeholders(valueAt(catalogs.en, key)), key).toEqual(placeholders(valueAt(catalogs.sv, key)));
    }
  });

  it("has no empty texts", () => {
    for (const [name, catalog] of Object.entries(catalogs)) {
      const blank = keys(catalog).filter((key) => valueAt(catalog, key)?.trim() === "");
      expect(blank, name).toEqual([]);
    }
  });
});

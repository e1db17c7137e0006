import { describe, expect, it } from "vitest";
import { splitLongWord } from "@/components/pdf/fonts";

describe("splitLongWord", () => {
  it("leaves ordinary Swedish words whole", () => {
    expect(splitLongWord("utvärderingsmodellen")).toEqual(["utvärderingsmodellen"]);
  });

  it("breaks URLs after separators and very long words into pieces that keep every character", () => {
    const url = "https://www.example.se/en/mycket-lang/adress?med=parametrar";
    const parts = splitLongWord(url);
    expect(parts.join("")).toBe(url);
    expect(parts).toContain("www.");
    expect(parts.some((part) => part.endsWith("-"))).toBe(false);
    const word = "ö".repeat(300);
    expect(splitLongWord(word).join("")).toBe(word);
    expect(Math.max(...splitLongWord(word).map((part) => part.length))).toBeLessThanOrEqual(16);
  });
});

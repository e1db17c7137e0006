import path from "node:path";
import { openSync } from "fontkit";
import { requirementCode, type Perspective } from "@/lib/vocabulary";

// The PDF's fonts, in fallback order: Inter (Latin, Greek, Cyrillic), Noto
// Sans Arabic, Noto Emoji (monochrome: react-pdf cannot draw colour emoji).
// components/pdf/fonts.ts registers them; this module answers which
// characters none of them has, so the export page can warn before rendering
// and the PDF leaves those characters out instead of drawing wrong glyphs.
// Paths from the working directory at run time: bundlers must not inline fonts.
const dir = (pkg: string) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg);
export const pdfFontFamilies = [
  { family: "Inter", dir: dir("inter"), file: (weight: string) => `${weight}/Inter_${weight}.ttf` },
  {
    family: "NotoSansArabic",
    dir: dir("noto-sans-arabic"),
    file: (weight: string) => `${weight}/NotoSansArabic_${weight}.ttf`,
  },
  { family: "NotoEmoji", dir: dir("noto-emoji"), file: (weight: string) => `${weight}/NotoEmoji_${weight}.ttf` },
] as const;
export const pdfFontWeights = { 400: "400Regular", 600: "600SemiBold", 700: "700Bold" } as const;

let fonts: { hasGlyphForCodePoint(codePoint: number): boolean }[] | null = null;
const loaded = () => (fonts ??= pdfFontFamilies.map((f) => openSync(path.join(f.dir, f.file(pdfFontWeights[400])))));

// Plain Latin and general punctuation: every string of an ordinary Swedish
// document is all of these, and skips the per-character lookup.
const common = /^[\u0000-\u024F\u2000-\u206F\u20AC]*$/;
// Layout controls the renderer handles itself and no font needs to draw.
const invisible = (cp: number) => cp < 0x20 || cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff;

// True when every string in value is plain Latin (see common): the PDF can
// then leave the fallback fonts out of the lookup, which costs time per run.
export function allCommonText(value: unknown): boolean {
  if (typeof value === "string") return common.test(value);
  if (Array.isArray(value)) return value.every(allCommonText);
  if (value !== null && typeof value === "object") return Object.values(value).every(allCommonText);
  return true;
}

export function missingGlyphs(text: string): string[] {
  if (common.test(text)) return [];
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (invisible(cp)) continue;
    if (!loaded().some((font) => font.hasGlyphForCodePoint(cp))) missing.add(char);
  }
  return [...missing];
}

export function withoutMissingGlyphs(text: string): string {
  const missing = missingGlyphs(text);
  if (missing.length === 0) return text;
  return Array.from(text)
    .filter((char) => !missing.includes(char))
    .join("")
    .replace(/ {2,}/g, " ");
}

// For the export page's warning: each requirement (and the title) holding a
// character the PDF will leave out, with those characters.
export function requirementsWithMissingGlyphs(source: {
  title: string;
  requirements: {
    perspective: Perspective;
    number: number;
    text: string;
    motiv: string;
    verifikat: string;
    uppfoljning: string;
  }[];
}): { code: string | null; chars: string[] }[] {
  const title = missingGlyphs(source.title);
  return [
    ...(title.length ? [{ code: null, chars: title }] : []),
    ...source.requirements.flatMap((r) => {
      const chars = missingGlyphs([r.text, r.motiv, r.verifikat, r.uppfoljning].join(" "));
      return chars.length ? [{ code: requirementCode(r.perspective, r.number), chars }] : [];
    }),
  ];
}

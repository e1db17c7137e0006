import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { layoutFreeFont } from "@/components/pdf/font-file";
import { shimFont } from "@/components/pdf/fontkit-shims";
import { pdfFontFamilies, pdfFontWeights } from "@/lib/document/glyphs";

let registered = false;
let loaded: Promise<void> | null = null;

// Words longer than this are broken into chunks so they wrap instead of
// running off the page; shorter words are never split (react-pdf's English
// patterns split Swedish words wrongly).
const longWord = 24;
const chunk = 16;

export function splitLongWord(word: string): string[] {
  if (word.length <= longWord) return [word];
  // URLs and paths break after their separators first. Not after "-":
  // react-pdf adds a hyphen at every such break, and "--" misleads.
  const pieces = word.split(/(?<=[/._?&=#:])/);
  return pieces.flatMap((piece) => {
    const parts: string[] = [];
    const chars = Array.from(piece); // keeps surrogate pairs (emoji) whole
    for (let i = 0; i < chars.length; i += chunk) parts.push(chars.slice(i, i + chunk).join(""));
    return parts;
  });
}

// Inter from an npm package (TTF, full Latin incl. å ä ö, Greek, Cyrillic),
// then Noto Sans Arabic and Noto Emoji for what Inter lacks: react-pdf picks
// per character the first family in styles.page's fontFamily list that has
// it, and orders right-to-left runs itself (bidi-js). The files and their
// coverage are named in lib/document/glyphs.ts.
// Inter goes in as a lean copy without OpenType layout tables (font-file.ts):
// its text needs no shaping, and the copy makes every run cheaper to lay out
// and to write.
const leanFamilies = new Set(["Inter"]);

function fontSource(file: string, lean: boolean): string {
  if (!lean) return file;
  return `data:font/ttf;base64,${Buffer.from(layoutFreeFont(readFileSync(file))).toString("base64")}`;
}

export function registerFonts(): void {
  if (registered) return;
  for (const family of pdfFontFamilies) {
    Font.register({
      family: family.family,
      fonts: Object.entries(pdfFontWeights).map(([weight, name]) => ({
        src: fontSource(path.join(family.dir, family.file(name)), leanFamilies.has(family.family)),
        fontWeight: Number(weight),
      })),
    });
  }
  Font.registerHyphenationCallback(splitLongWord);
  registered = true;
}

// Registers the fonts and loads every face up front (react-pdf would load
// them during the first render anyway), so that each loaded font gets its
// shims (fontkit-shims.ts) before any text is laid out. Every renderer
// awaits this before rendering.
export function loadFonts(): Promise<void> {
  registerFonts();
  loaded ??= (async () => {
    for (const family of pdfFontFamilies) {
      for (const weight of Object.keys(pdfFontWeights)) {
        const descriptor = { fontFamily: family.family, fontWeight: Number(weight) };
        await Font.load(descriptor);
        // False only if fontkit's internals changed: the render still works,
        // without the shims, and fontkit-shims.test.ts fails.
        shimFont(Font.getFont(descriptor).data);
      }
    }
  })().catch((error: unknown) => {
    loaded = null; // a later render tries again
    throw error;
  });
  return loaded;
}

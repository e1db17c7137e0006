import path from "node:path";
import { Font } from "@react-pdf/renderer";

let registered = false;

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

// Inter from an npm package (TTF, full Latin incl. å ä ö); the path is built
// from the working directory at run time because bundlers rewrite
// require.resolve and the font must not be inlined into the server bundle.
export function registerFonts(): void {
  if (registered) return;
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
  Font.register({
    family: "Inter",
    fonts: [
      { src: path.join(dir, "400Regular", "Inter_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(dir, "600SemiBold", "Inter_600SemiBold.ttf"), fontWeight: 600 },
      { src: path.join(dir, "700Bold", "Inter_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(splitLongWord);
  registered = true;
}

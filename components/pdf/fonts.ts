import path from "node:path";
import { Font } from "@react-pdf/renderer";

let registered = false;

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
  // react-pdf hyphenates with English patterns and splits Swedish words
  // wrongly; whole words wrap instead.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// LibreOffice from Debian (libreoffice-writer-nogui, libreoffice-calc-nogui),
// installed by scripts/ensure-browser.mjs and .ci/run. Tests convert our
// Word and Excel files with it, the way a procurer's office suite opens them.
export const sofficePath = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? null;

// Why the LibreOffice tests skip, or null when they must run. As root the
// ensure step installs it, so a missing binary there is a failure, not a skip.
export function libreofficeSkipReason(): string | null {
  if (sofficePath) return null;
  if (process.getuid?.() === 0) return null;
  return "LibreOffice is not installed and this user cannot install it (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)";
}

// Converts bytes to PDF in a fresh profile (so parallel runs do not share a
// lock) and returns the PDF's text, read with pdftotext.
export function convertToPdfText(bytes: Uint8Array, extension: "docx" | "xlsx"): { text: string; pages: number } {
  if (!sofficePath) throw new Error("LibreOffice (soffice) is missing: run node scripts/ensure-browser.mjs as root");
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-office-"));
  const input = path.join(dir, `in.${extension}`);
  writeFileSync(input, bytes);
  execFileSync(
    sofficePath,
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, input],
    {
      stdio: "pipe",
      timeout: 180_000,
    },
  );
  const pdf = path.join(dir, "in.pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert the .${extension} file`);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const pages = (readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  return { text, pages };
}

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { renderToStaticMarkup } from "react-dom/server";
import type { DocumentData } from "@/lib/document/types";
import { PrintDocument } from "@/components/print/print-document";
import { printCss } from "@/components/print/styles";

// The baseline: the same document data as the HTML print view (same markup and
// print CSS, same Inter files), printed to PDF by headless Chromium.
const fontDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
const face = (weight: number, file: string) =>
  `@font-face { font-family: Inter; font-weight: ${weight}; src: url("${pathToFileURL(path.join(fontDir, file)).href}"); }`;

export function printHtml(data: DocumentData): string {
  const body = renderToStaticMarkup(<PrintDocument data={data} />);
  const fonts = [
    face(400, "400Regular/Inter_400Regular.ttf"),
    face(600, "600SemiBold/Inter_600SemiBold.ttf"),
    face(700, "700Bold/Inter_700Bold.ttf"),
  ];
  return `<!doctype html><html lang="${data.lang}"><head><meta charset="utf-8"><title>${data.title}</title><style>${fonts.join("\n")}${printCss}</style></head><body><main>${body}</main></body></html>`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

// The HTML goes to a file so the page may load the Inter files by file:// URL
// (a page set with setContent has an opaque origin and would fall back to a
// system font, which would flatter Chromium).
export function printFile(html: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-print-")), "print.html");
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

// One timed print: a new page in a shared context, load the HTML, print.
export async function chromiumPdf(browser: Browser, url: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "20mm", bottom: "18mm", left: "20mm", right: "20mm" },
    });
  } finally {
    await page.close();
  }
}

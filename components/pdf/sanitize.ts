// Inter has no emoji; fontkit would draw them as stray glyphs over the next
// letters. The PDF drops them (and their joiners and variation selectors);
// the stored snapshot and the HTML print view keep the original text.
const unsupported = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

const detect = new RegExp(unsupported.source, "u");

export function pdfSafe(text: string): string {
  return detect.test(text) ? text.replace(unsupported, "").replace(/ {2,}/g, " ") : text;
}

export function pdfSafeData<T>(value: T): T {
  if (typeof value === "string") return pdfSafe(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => pdfSafeData(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, pdfSafeData<unknown>(item)]),
    ) as T;
  }
  return value;
}

import { Paragraph, TextRun, type IRunOptions, type ParagraphChild } from "docx";

// Characters XML 1.0 forbids (C0 controls other than tab and newline, lone
// surrogates, U+FFFE/U+FFFF) would make Word refuse the file as corrupt.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string) => text.replace(forbidden, "");

// Line breaks the writer typed stay line breaks in Word.
export function runs(text: string, options: Omit<IRunOptions, "text" | "children" | "break"> = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, index) => new TextRun({ ...options, text: line, break: index > 0 ? 1 : undefined }));
}

export function para(
  text: string,
  options: { bold?: boolean; style?: string; italics?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    style: options.style,
    keepNext: options.keepNext,
    children: runs(text, { bold: options.bold, italics: options.italics }),
  });
}

export function paraOf(children: ParagraphChild[], style?: string): Paragraph {
  return new Paragraph({ style, children });
}

import { describe, expect, it } from "vitest";
import { countPdfPages, exportFilename, sha256Hex } from "@/lib/exports/pdf-meta";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("pdf metadata", () => {
  it("counts page objects but not the page tree", () => {
    const pdf = "<<\n/Type /Pages\n/Count 2\n>>\n<<\n/Type /Page\n/Parent 1 0 R\n>>\n<</Type/Page/Parent 1 0 R>>";
    expect(countPdfPages(bytes(pdf))).toBe(2);
    expect(countPdfPages(bytes("not a pdf"))).toBe(0);
  });

  it("hashes bytes as lowercase hex sha256", () => {
    expect(sha256Hex(bytes("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("builds an ASCII filename from the title and version", () => {
    expect(exportFilename("Färdtjänst – Åre & Växjö", 4)).toBe("fardtjanst-are-vaxjo-v4.pdf");
    expect(exportFilename("", 1)).toBe("kravspecifikation-v1.pdf");
    expect(exportFilename("🚀🚀", 2)).toBe("kravspecifikation-v2.pdf");
  });
});

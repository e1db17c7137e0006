import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { partHelper } from "@/lib/exports/part-pool";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";
import { bookmarkedPages } from "@/components/pdf/stamp";

describe("the PDF's helper thread", () => {
  it("is replaced by the rendering thread when it fails, and dropped so a new one can warm up", async () => {
    const data = sampleDocument(sampleSource(50));
    const whole = await PDFDocument.load(await renderRequirementsPdf(data, "never"));
    await renderRequirementsPdf(data, "always");
    const helper = partHelper();
    expect(helper?.ready).toBe(true);
    // The helper's thread is terminated as the render hands it the second half: that task fails.
    const pending = renderRequirementsPdf(data, "always");
    void helper!.pool.destroy();
    const rendered = await PDFDocument.load(await pending);
    expect(rendered.getPageCount()).toBe(whole.getPageCount());
    expect(bookmarkedPages(rendered)).toEqual(bookmarkedPages(whole));
    expect(partHelper()).toBeNull();
  }, 60_000);
});

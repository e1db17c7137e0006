import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAxeViolations } from "./support/axe";
import { insertRequirements, storedSha256, type RequirementRow } from "./support/pdf-factory";
import { newUser, signUp } from "./support/users";

const rows: RequirementRow[] = [
  { perspective: "kundnytta", text: "E-tjänsten ska uppfylla EN 301 549 på nivå AA.", level: "ska", kravtyp: "KF" },
  { perspective: "juridik", text: "Personuppgifter ska behandlas inom EU/EES.", level: "ska", kravtyp: "AV" },
];

async function download(page: Page, create: string, linkName: string) {
  await page.getByRole("button", { name: create }).click();
  const link = page.getByRole("status").getByRole("link", { name: linkName });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const exportId = (await link.getAttribute("href"))!.split("/").at(-1)!;
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = readFileSync(await file.path());
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(storedSha256(exportId));
  return { bytes, filename: file.suggestedFilename() };
}

test("a Kravlots file goes out and comes back as a new draft; a hostile one is refused in Swedish", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, newUser("Ida Östlund"));
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const draftUrl = page.url().replace(/\/start$/, "");
  insertRequirements(draftUrl.split("/").at(-1)!, rows);

  await page.goto(`${draftUrl}/export`);
  const json = await download(page, "Skapa Kravlots-fil (JSON)", "Ladda ner Kravlots-fil");
  expect(json.filename).toMatch(/-v1\.json$/);
  const file = JSON.parse(json.bytes.toString("utf8")) as { formatVersion: number; requirements: { code: string }[] };
  expect(file.formatVersion).toBe(1);
  expect(file.requirements.map((r) => r.code)).toEqual(["KN-1", "JU-1"]);

  await page.goto("/drafts");
  await page.getByRole("link", { name: "Importera från fil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera från fil" })).toBeVisible();
  await expectNoAxeViolations(page);
  const upload = (name: string, body: string) =>
    page
      .getByLabel("Kravlots-fil (.json)")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(body) });

  // Next's route announcer is an alert too; the form's own is the one with "Fel:".
  const refusal = page.getByRole("alert").filter({ hasText: "Fel:" });
  await upload("ny.json", JSON.stringify({ ...file, formatVersion: 2 }));
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(refusal).toContainText("Filen har formatversion 2, men Kravlots läser bara version 1.");
  await upload("extra.json", JSON.stringify({ ...file, hemligt: true }));
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(refusal).toContainText("ett fält som Kravlots inte känner till: hemligt");
  await expectNoAxeViolations(page);

  await upload("kravlots.json", json.bytes.toString("utf8"));
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  // The new draft's overview (the import page itself is /drafts/import).
  await expect(page).toHaveURL(/\/drafts\/(?!import$)[a-z0-9]+$/);
  expect(page.url()).not.toBe(draftUrl);
  await page.goto(`${page.url()}/kundnytta`);
  await expect(page.getByText(rows[0]!.text)).toBeVisible();
});

test("an edited Excel kravmatris updates its draft after a preview of the changes", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, newUser("Jon Åkesson"));
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const draftUrl = page.url().replace(/\/start$/, "");
  insertRequirements(draftUrl.split("/").at(-1)!, rows);

  await page.goto(`${draftUrl}/export`);
  const excel = await download(page, "Skapa Excel-kravmatris", "Ladda ner Excel-kravmatris");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(excel.bytes as unknown as ArrayBuffer);
  book.getWorksheet("Ska-krav")!.getCell(4, 5).value = "E-tjänsten ska uppfylla EN 301 549 på nivå AA och AAA.";
  const edited = Buffer.from(await book.xlsx.writeBuffer());

  await page.getByRole("link", { name: "Importera en redigerad Excel-kravmatris" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera Excel-kravmatris" })).toBeVisible();
  await page.getByLabel("Excel-kravmatris (.xlsx)").setInputFiles({
    name: "kravmatris.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: edited,
  });
  await page.getByRole("button", { name: "Läs in och visa ändringarna" }).click();
  const preview = page.getByRole("region", { name: "Ändringar som görs" });
  await expect(preview).toContainText("1 krav ändras, inga nya krav läggs till och 1 krav är oförändrat.");
  await expect(preview.getByRole("row", { name: /KN-1/ })).toContainText("nivå AA och AAA.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Genomför ändringarna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Klart:" })).toContainText("1 krav ändrat och 0 nya krav.");

  await page.goto(`${draftUrl}/kundnytta`);
  await expect(page.getByText("E-tjänsten ska uppfylla EN 301 549 på nivå AA och AAA.")).toBeVisible();
});

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { ooxmlParts, wordParagraphs } from "../lib/testing/ooxml";
import { expectNoAxeViolations } from "./support/axe";
import { insertRequirements, storedSha256, type RequirementRow } from "./support/pdf-factory";
import { fillStartRankingAnswers } from "./support/start";
import { newUser, signUp } from "./support/users";
import { saveStartAndContinue } from "./support/autosave";

const internal = "Beställaren ska själv utse en förvaltningsledare innan avtalet tecknas.";
const rows: RequirementRow[] = [
  {
    perspective: "kundnytta",
    text: "E-tjänsten ska uppfylla EN 301 549 på nivå AA.",
    level: "ska",
    kravtyp: "KF",
    verifikat: "Tillgänglighetsredogörelse bifogas.",
  },
  { perspective: "juridik", text: "Personuppgifter ska behandlas inom EU/EES.", level: "ska", kravtyp: "AV" },
  {
    perspective: "organisation",
    text: "Leverantören bör erbjuda export av all data vid avtalets slut.",
    level: "bor",
    kravtyp: "AV",
    weight: 100,
  },
  {
    perspective: "organisation",
    text: internal,
    level: "ska",
    kravtyp: "IN",
    uppfoljning: "Kontrolleras vid startmötet.",
  },
];

async function fillStart(page: Page) {
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill("Färdtjänst i Åre");
  await page.getByLabel("Organisation", { exact: true }).fill("Åre kommun");
  await page.getByLabel("Vad ska upphandlas?", { exact: true }).fill("Ett system för ansökan om färdtjänst.");
  await page.getByLabel("E-tjänst för invånare", { exact: true }).check();
  await page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)").check();
  await page.getByLabel("Invånare", { exact: true }).check();
  await fillStartRankingAnswers(page);
  await saveStartAndContinue(page);
}

// Creates one export in the given format from the export page, waits for the
// worker, downloads it and checks the bytes against the hash stored with it.
async function exportAs(page: Page, create: string, creating: string, download: string) {
  await page.getByRole("button", { name: create }).click();
  await expect(page.getByRole("status").filter({ hasText: creating })).toBeVisible();
  const link = page.getByRole("status").getByRole("link", { name: download });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const exportId = (await link.getAttribute("href"))!.split("/").at(-1)!;
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = readFileSync(await file.path());
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(storedSha256(exportId));
  return { bytes, filename: file.suggestedFilename() };
}

test("a procurer exports Word and Excel for bidders, without the internal requirements, which stay in the checklist", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, newUser("Karin Ångström"));
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const draftUrl = page.url().replace(/\/start$/, "");
  await fillStart(page);
  insertRequirements(draftUrl.split("/").at(-1)!, rows);

  // Granska shows which requirements reach the bidders.
  await page.goto(`${draftUrl}/granska`);
  const split = page.getByTestId("review-audience");
  await expect(split).toContainText("3 krav till anbudsgivarna");
  await expect(split).toContainText("1 internt krav (kravtyp IN)");
  await expect(split).toContainText("OR-2");

  await page.goto(`${draftUrl}/export`);
  const word = await exportAs(page, "Skapa Word-dokument", "Skapar Word-dokument …", "Ladda ner Word-dokument");
  expect(word.filename).toBe("fardtjanst-i-are-v1.docx");
  const parts = ooxmlParts(word.bytes);
  const paragraphs = wordParagraphs(parts["word/document.xml"]!);
  const texts = paragraphs.map((p) => p.text);
  // Once in its chapter; a short bör-krav is also named in full in the evaluation table.
  for (const row of rows.filter((r) => r.kravtyp !== "IN"))
    expect(texts.filter((t) => t === row.text)).toHaveLength(row.level === "bor" ? 2 : 1);
  expect(parts["word/document.xml"]).not.toContain(internal);
  expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toContain("2 Kundnytta");
  expect(texts).toContain("UTKAST · VERSION 1");

  const excel = await exportAs(
    page,
    "Skapa Excel-kravmatris",
    "Skapar Excel-kravmatris …",
    "Ladda ner Excel-kravmatris",
  );
  // Same draft version, same document version.
  expect(excel.filename).toBe("fardtjanst-i-are-v1.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(excel.bytes as unknown as ArrayBuffer);
  const ska = book.getWorksheet("Ska-krav")!;
  expect([ska.getCell(4, 1).value, ska.getCell(5, 1).value, ska.getCell(6, 1).value]).toEqual(["KN-1", "JU-1", null]);
  expect(ska.getCell(4, 7).dataValidation).toMatchObject({ type: "list", formulae: ['"Ja,Nej"'] });
  const bor = book.getWorksheet("Bör-krav")!;
  expect(bor.getCell(4, 1).value).toBe("OR-1");
  expect(bor.getCell(4, 9).value).toMatchObject({ formula: 'IF(ISNUMBER(H4),G4*H4/5,"")' });

  const list = page.getByTestId("export-list");
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").nth(1).getByRole("cell").nth(2)).toHaveText("Excel");
  await expect(list.getByRole("row").nth(2).getByRole("cell").nth(2)).toHaveText("Word");
  await expect(list.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText("1");
  const response = await page.request.get(
    (await list.getByRole("link", { name: /Word, version 1/ }).getAttribute("href"))!,
  );
  expect(response.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(Buffer.compare(await response.body(), word.bytes)).toBe(0);
  await expectNoAxeViolations(page);

  // The internal requirement is in the buyer's own checklist instead.
  await page.getByRole("link", { name: "Öppna intern checklista" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intern checklista" })).toBeVisible();
  await expect(page.getByTestId("internal-checklist")).toContainText(internal);
  await expect(page.getByTestId("internal-checklist")).not.toContainText(rows[0]!.text);
  await expectNoAxeViolations(page);
});

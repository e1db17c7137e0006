import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { pdfText } from "./support/pdf";
import { insertRequirements, storedSha256, type RequirementRow } from "./support/pdf-factory";
import { fillStartRankingAnswers } from "./support/start";
import { newUser, signUp } from "./support/users";
import { saveStartAndContinue } from "./support/autosave";

const rows: RequirementRow[] = [
  {
    perspective: "kundnytta",
    text: "E-tjänsten ska uppfylla EN 301 549 på nivå AA för invånarnas alla sidor.",
    level: "ska",
    kravtyp: "KF",
    motiv: "Lagen om tillgänglighet till digital offentlig service gäller.",
    verifikat: "Tillgänglighetsredogörelse bifogas anbudet.",
  },
  {
    perspective: "kundnytta",
    text: "Sökande bör kunna följa ärendets status i mobilen utan att logga in på nytt.",
    level: "bor",
    kravtyp: "TK",
    weight: 30,
  },
  {
    perspective: "juridik",
    text: "Personuppgifter ska behandlas inom EU/EES och ett personuppgiftsbiträdesavtal ska tecknas.",
    level: "ska",
    kravtyp: "AV",
    uppfoljning: "Kontrolleras vid årlig granskning.",
    modelIds: ["m-gdpr"],
  },
  {
    perspective: "arbetsmiljo",
    text: "Handläggarna ska slippa dubbelregistrering mellan systemen.",
    level: "ska",
    kravtyp: "KF",
  },
  {
    perspective: "organisation",
    text: "Leverantören bör erbjuda en exportfunktion för allt data vid avtalets slut.",
    level: "bor",
    kravtyp: "AV",
    weight: 70,
  },
];

async function fillStart(page: Page, title: string) {
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(title);
  await page.getByLabel("Organisation", { exact: true }).fill("Östersunds kommun");
  await page.getByLabel("Vad ska upphandlas?", { exact: true }).fill("Ett system för ansökan om färdtjänst.");
  await page.getByLabel("E-tjänst för invånare", { exact: true }).check();
  await page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)").check();
  await page.getByLabel("Invånare", { exact: true }).check();
  await fillStartRankingAnswers(page);
  await saveStartAndContinue(page);
}

// Exports, waits for the worker while the status says so, downloads, and
// checks the bytes against the hash stored with the export.
async function exportAndDownload(page: Page, draftUrl: string) {
  await page.goto(`${draftUrl}/export`);
  await page.getByRole("button", { name: "Skapa PDF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Skapar PDF …" })).toBeVisible();
  const link = page.getByRole("status").getByRole("link", { name: "Ladda ner PDF" });
  await expect(link).toBeVisible({ timeout: 45_000 });
  const href = (await link.getAttribute("href"))!;
  const exportId = href.split("/").at(-1)!;
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(storedSha256(exportId));
  return { href, exportId, filename: download.suggestedFilename(), text: pdfText(file).replace(/\s+/g, " "), bytes };
}

test("a procurer exports the requirements document, sees progress, downloads it and exports a new version after an edit", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signUp(page, newUser("Åsa Öberg"));
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const draftUrl = page.url().replace(/\/start$/, "");
  const draftId = draftUrl.split("/").at(-1)!;
  await fillStart(page, "Färdtjänst i Östersund");
  // Autosave may have saved the Start step more than once: take the version
  // the draft has after the rows are in, whatever it is.
  const v1 = insertRequirements(draftId, rows);
  expect(v1).toBeGreaterThan(1);

  const first = await exportAndDownload(page, draftUrl);
  // The document's version is the export's own number, not the draft's save counter.
  expect(first.filename).toBe("fardtjanst-i-ostersund-v1.pdf");
  expect(first.text).toContain("UTKAST · VERSION 1");
  for (const code of ["KN-1 SKA-KRAV", "KN-2 BÖR-KRAV", "JU-1 SKA-KRAV", "AM-1 SKA-KRAV", "OR-1 BÖR-KRAV"]) {
    expect(first.text).toContain(code);
  }
  for (const row of rows) expect(first.text).toContain(row.text);
  expect(first.text).toMatch(/Sida 1 av \d+/);
  expect(first.text).toContain("Kontaktperson Åsa Öberg");
  expect(first.text).toContain("Summa 100 %");
  // The chosen procedure is explained, and the source appendix says how far each source was checked.
  expect(first.text).toContain("1.4 Förfarande och kravens roll Upphandlingen görs med öppet förfarande");
  expect(first.text).toMatch(/Dataskyddsförordningen.*(Kontrollerad \d{4}-\d{2}-\d{2}|Inte kontrollerad mot källan)/);

  const list = page.getByTestId("export-list");
  await expect(list.getByRole("row")).toHaveCount(2);
  const firstRow = list.getByRole("row").nth(1);
  await expect(firstRow.getByRole("cell").nth(1)).toHaveText("1");
  await expect(firstRow.getByRole("cell").nth(2)).toHaveText("PDF");
  await expect(firstRow).toContainText("Åsa Öberg");
  await expect(firstRow).toContainText("Klar");
  await expect(firstRow.getByRole("cell").nth(3)).toHaveText(/^\d+$/);
  await expectNoAxeViolations(page);

  // Edit the Start step: the draft moves to a newer version and a new export names it.
  await page.goto(`${draftUrl}/start`);
  await page.getByLabel("Organisation", { exact: true }).fill("Region Jämtland Härjedalen");
  await saveStartAndContinue(page);

  const second = await exportAndDownload(page, draftUrl);
  expect(second.filename).toBe("fardtjanst-i-ostersund-v2.pdf");
  expect(second.text).toContain("Region Jämtland Härjedalen");
  expect(first.text).not.toContain("Region Jämtland Härjedalen");
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText("2");
  await expect(list.getByRole("row").nth(2).getByRole("cell").nth(1)).toHaveText("1");

  // Both stay downloadable, byte for byte.
  for (const item of [first, second]) {
    const response = await page.request.get(item.href);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(Buffer.compare(body, item.bytes)).toBe(0);
    expect(response.headers()["x-content-sha256"]).toBe(storedSha256(item.exportId));
  }

  // The accessible alternative shows the same document as a web page.
  await page.getByRole("link", { name: "Öppna utskriftsvänlig version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Färdtjänst i Östersund" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2 Kundnytta" })).toBeVisible();
  for (const row of rows) await expect(page.getByRole("listitem").getByText(row.text, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

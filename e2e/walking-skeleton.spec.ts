import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { pdfText } from "./support/pdf";
import { fillStartRankingAnswers } from "./support/start";
import { newUser, signIn, signUp } from "./support/users";

const answers = {
  title: "E-tjänst för färdtjänst i Östersund, Åre och Växjö",
  organisation: "Region Jämtland Härjedalen – hälso- och sjukvårdsförvaltningen",
  procuredItem: "Ett system där invånare ansöker om färdtjänst och handläggare följer ärendet. Även öppna data ingår.",
  usersDescription: "Cirka 4 000 sökande per år och 25 handläggare på förvaltningen.",
};

async function fillStart(page: Page) {
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(answers.title);
  await page.getByLabel("Organisation", { exact: true }).fill(answers.organisation);
  await page.getByLabel("Vad ska upphandlas?", { exact: true }).fill(answers.procuredItem);
  await page.getByLabel("E-tjänst för invånare", { exact: true }).check();
  await page.getByLabel("Molntjänst (SaaS)", { exact: true }).check();
  await page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)").check();
  await page.getByLabel("Invånare", { exact: true }).check();
  await page.getByLabel("Medarbetare", { exact: true }).check();
  await page.getByLabel("Beskriv användarna (valfritt)", { exact: true }).fill(answers.usersDescription);
  await page.getByLabel("Antal medarbetare", { exact: true }).fill("25");
  await fillStartRankingAnswers(page, { critical: "Ja" });
}

async function expectStartValues(page: Page) {
  await expect(page.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue(answers.title);
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue(answers.organisation);
  await expect(page.getByLabel("Vad ska upphandlas?", { exact: true })).toHaveValue(answers.procuredItem);
  await expect(page.getByLabel("E-tjänst för invånare", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Molntjänst (SaaS)", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Verksamhetssystem", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)")).toBeChecked();
  await expect(page.getByLabel("Invånare", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Medarbetare", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Beskriv användarna (valfritt)", { exact: true })).toHaveValue(answers.usersDescription);
}

test("a procurer starts a draft, saves, comes back and downloads a stored PDF; nobody else can reach it", async ({
  page,
  browser,
}) => {
  const owner = newUser("Åsa Öberg");

  await page.goto("/sign-up");
  await expectNoAxeViolations(page);
  await signUp(page, owner);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const draftUrl = page.url().replace(/\/start$/, "");
  await expectNoAxeViolations(page);

  // Empty submit: the Swedish error summary takes focus and the title says "Fel: ".
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Det finns ett problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Ange en titel" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Välj om produkten behandlar personuppgifter" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fel: /);
  await expectNoAxeViolations(page);

  // What was typed stays when the rest is still invalid.
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(answers.title);
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue(answers.title);
  await expect(summary.getByRole("link", { name: "Ange en titel" })).toHaveCount(0);

  await fillStart(page);
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();
  await expect(page).toHaveURL(`${draftUrl}/kundnytta`);
  await expect(page.getByRole("heading", { level: 1, name: "Kundnytta" })).toBeFocused();

  await page.goto(`${draftUrl}/start`);
  await expectStartValues(page);

  // Sign out, sign in again, and find the draft from the list.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, owner);
  await page.getByRole("link", { name: answers.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: answers.title })).toBeVisible();
  await expect(page.locator("#task-start-status")).toHaveText("Klar");
  await expect(page.locator("#task-kundnytta-status")).toHaveText("Ej påbörjad");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "1. Start" }).click();
  await expectStartValues(page);

  // Export, download the stored bytes, read the PDF's text.
  await page.goto(`${draftUrl}/export`);
  await expect(page.getByText("Inga exporter ännu.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skapa PDF" }).click();
  const downloadLink = page.getByRole("link", { name: "Ladda ner PDF", exact: true });
  await expect(downloadLink).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
  // Autosave bumps the version at every saved change, so the number varies.
  const exportedVersion = /^e-tjanst-for-fardtjanst-i-ostersund-are-och-vaxjo-v(\d+)\.pdf$/.exec(
    download.suggestedFilename(),
  )?.[1];
  expect(exportedVersion).toMatch(/^\d+$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdfText(file);
  expect(text).toContain(answers.title);
  expect(text).toContain("Region Jämtland Härjedalen");
  expect(text).toContain("Ja, känsliga personuppgifter");
  expect(text).toMatch(/Sida 1 av \d+/);

  const exportRow = page.getByTestId("export-list").getByRole("row").nth(1);
  await expect(exportRow).toContainText("Åsa Öberg");
  await expect(exportRow.getByRole("cell").nth(1)).toHaveText(exportedVersion!);
  await expectNoAxeViolations(page);
  const exportHref = await exportRow.getByRole("link").getAttribute("href");
  expect(exportHref).toMatch(/\/exports\/[a-z0-9]+$/);
  const stored = await page.request.get(exportHref!);
  expect(stored.status()).toBe(200);
  expect(
    createHash("sha256")
      .update(await stored.body())
      .digest("hex"),
  ).toBe(stored.headers()["x-content-sha256"]);
  expect(Buffer.compare(await stored.body(), bytes)).toBe(0);

  // A second signed-in user gets 404 everywhere the first user's draft lives.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, newUser("Björn Ärlig"));
  for (const path of [draftUrl, `${draftUrl}/start`, `${draftUrl}/export`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
  }
  await expectNoAxeViolations(other);
  const foreignDownload = await other.request.get(exportHref!);
  expect(foreignDownload.status()).toBe(404);
  await expect(other.getByRole("link", { name: answers.title })).toHaveCount(0);
  await otherContext.close();

  // Signed out, the download is a 404 as well.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(exportHref!, draftUrl).toString())).status()).toBe(404);
  await anonymous.close();
});

test("the interface switches to English and back", async ({ page }) => {
  await signUp(page, newUser("Language Tester"));
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My requirements specifications" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "New requirements specification" }).click();
  await page.getByRole("button", { name: "Save and continue", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start – beskriv upphandlingen" })).toBeVisible();
});

import { expect, test, type Page } from "@playwright/test";
import { fillStartRankingAnswers } from "./support/start";
import { newUser, signUp } from "./support/users";

async function newDraft(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  return page.url();
}

async function fillRequired(page: Page, title: string) {
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(title);
  await page.getByLabel("Organisation", { exact: true }).fill("Gällivare kommun");
  await page.getByLabel("Vad ska upphandlas?", { exact: true }).fill("Digital signering av avtal");
  await page.getByLabel("Verksamhetssystem", { exact: true }).check();
  await page.getByLabel("Ja, vanliga personuppgifter", { exact: true }).check();
  await page.getByLabel("Medarbetare", { exact: true }).check();
  await fillStartRankingAnswers(page);
}

test("a save after the session expired keeps every typed answer and asks to sign in again", async ({ page }) => {
  await signUp(page, newUser("Sara Ström"));
  await newDraft(page);
  await fillRequired(page, "Avtalssignering för förvaltningen");

  await page.context().clearCookies();
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Det finns ett problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Du behöver logga in igen.");
  await expect(page.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue(
    "Avtalssignering för förvaltningen",
  );
  await expect(page.getByLabel("Verksamhetssystem", { exact: true })).toBeChecked();
});

test("a save based on an older version is refused and the user's text stays in the form", async ({ page }) => {
  await signUp(page, newUser("Karl Åkesson"));
  const startUrl = await newDraft(page);

  const second = await page.context().newPage();
  await second.goto(startUrl);

  await fillRequired(page, "Första fliken vinner");
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();
  await expect(page).toHaveURL(/\/kundnytta$/);

  // The second tab learns at its first save (autosave on leaving the field),
  // before it has typed more over an outdated version.
  await second.getByLabel("Titel på kravspecifikationen", { exact: true }).fill("Andra fliken skriver inte över");
  await second.getByLabel("Titel på kravspecifikationen", { exact: true }).blur();
  // Autosave or the submit meets the newer version: a dialog, never an overwrite.
  await expect(second.getByRole("dialog", { name: "Någon annan har ändrat kravspecifikationen" })).toBeVisible();
  await expect(second.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue(
    "Andra fliken skriver inte över",
  );

  await second.reload();
  await expect(second.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue("Första fliken vinner");
});

import { expect, type Page } from "@playwright/test";

export async function newDraft(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  return page.url();
}

export const titleField = (page: Page) => page.getByLabel("Titel på kravspecifikationen", { exact: true });
export const organisationField = (page: Page) => page.getByLabel("Organisation", { exact: true });

// The polite live region: outcomes only ("Sparat 14:32", offline, failures).
export const autosaveStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Sparat|offline|Kunde inte|Inte sparat/ });

export async function expectSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Sparat \d{2}:\d{2}$/ })).toBeVisible();
  await expect(page.getByText("Sparar…")).toHaveCount(0);
}

// Leaving the field saves at once (autosave on blur); done when the browser
// holds no unsaved copy any more, i.e. the server has what the form holds.
export async function saveDraft(page: Page) {
  await page.locator(":focus").blur();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("kravlots:autosave:")).length),
    )
    .toBe(0);
  await expectSaved(page);
}

// "Spara och fortsätt" on Start: validated, saved, and on to Kundnytta.
export async function saveStartAndContinue(page: Page) {
  await page.getByRole("button", { name: "Spara och fortsätt", exact: true }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/kundnytta$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kundnytta" })).toBeFocused();
}

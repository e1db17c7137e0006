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

// "Spara utkast": saves at once whatever the form holds.
export async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "Spara utkast", exact: true }).click();
  await expectSaved(page);
}

import { expect, type Locator, type Page } from "@playwright/test";
import { saveStartAndContinue } from "./autosave";
import { answerRadio, fillStartRankingAnswers } from "./start";

// Reusable steps through the wizard's perspective pages. They work with
// whatever the catalog suggests (they pick the first suggestions shown), so
// the journey does not depend on catalog texts.

export const perspectiveNames = {
  kundnytta: "Kundnytta",
  juridik: "Juridik",
  arbetsmiljo: "Arbetsmiljö",
  organisation: "Organisation",
} as const;
export type PerspectiveId = keyof typeof perspectiveNames;

export const cloudEService = {
  title: "Molnbaserad e-tjänst för ansökan om färdtjänst",
  organisation: "Östersunds kommun – socialförvaltningen",
  procuredItem:
    "En molntjänst där invånare ansöker om färdtjänst och handläggare hanterar ärendet, med hälsouppgifter.",
};

// Start: a cloud e-service for citizens and staff with sensitive personal data.
export async function startCloudEServiceDraft(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(cloudEService.title);
  await page.getByLabel("Organisation", { exact: true }).fill(cloudEService.organisation);
  await page.getByLabel("Vad ska upphandlas?", { exact: true }).fill(cloudEService.procuredItem);
  await page.getByLabel("E-tjänst för invånare", { exact: true }).check();
  await page.getByLabel("Molntjänst (SaaS)", { exact: true }).check();
  await page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)").check();
  await page.getByLabel("Invånare", { exact: true }).check();
  await page.getByLabel("Medarbetare", { exact: true }).check();
  await fillStartRankingAnswers(page, { critical: "Ja" });
  await saveStartAndContinue(page);
  return page.url().replace(/\/kundnytta$/, "");
}

// Each section announces its outcomes in its own live region, beside the controls.
export const workspaceStatus = (page: Page, region: "requirements" | "suggestions") =>
  page.getByTestId(`${region}-status`);

// The suggestions sit collapsed behind their count; open them once.
export async function openSuggestions(page: Page) {
  const details = suggestionPanel(page).locator("details");
  if (!(await details.evaluate((node: HTMLDetailsElement) => node.open))) {
    await details.locator("summary").click();
  }
}
export const suggestionPanel = (page: Page) => page.getByRole("region", { name: "Förslag på krav" });
export const requirementSection = (page: Page) => page.getByRole("region", { name: "Krav", exact: true });
export const requirementItem = (page: Page, code: string) => page.locator(`#krav-${code}`);

// Waits for a new announcement (the region still holds the previous one).
async function announcedCode(
  page: Page,
  pattern: RegExp,
  before: string,
  region: "requirements" | "suggestions",
): Promise<string> {
  const status = workspaceStatus(page, region);
  await expect(status).not.toHaveText(before);
  await expect(status).toHaveText(pattern);
  const code = pattern.exec((await status.textContent()) ?? "")?.[1];
  if (!code) throw new Error("no requirement code announced");
  await expect(requirementItem(page, code)).toBeVisible();
  return code;
}

// The codes in the editor, in the order shown.
export async function requirementCodes(page: Page): Promise<string[]> {
  const ids = await requirementSection(page)
    .locator("ol > li")
    .evaluateAll((items) => items.map((item) => item.id));
  return ids.map((id) => id.replace(/^krav-/, ""));
}

// Accepts the first suggestion shown, `count` times; returns the new codes.
export async function acceptFirstSuggestions(page: Page, count: number): Promise<{ code: string; text: string }[]> {
  const accepted: { code: string; text: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    await openSuggestions(page);
    const card = suggestionPanel(page).getByTestId("suggestion-list").locator("> li").first();
    const text = (await card.locator("p").first().textContent()) ?? "";
    const before = (await workspaceStatus(page, "suggestions").textContent()) ?? "";
    await card.getByRole("button", { name: "Lägg till", exact: true }).click();
    const code = await announcedCode(page, /^([A-Z]{2}-\d+) har lagts till$/, before, "suggestions");
    await expect(requirementItem(page, code)).toContainText(text);
    accepted.push({ code, text });
  }
  return accepted;
}

export async function editRequirementText(page: Page, code: string, text: string): Promise<void> {
  await page.getByRole("button", { name: `Ändra ${code}`, exact: true }).click();
  const form = page.getByRole("form", { name: `Ändra ${code}` });
  await expect(form.getByLabel("Kravtext")).toBeFocused();
  await form.getByLabel("Kravtext").fill(text);
  await form.getByRole("button", { name: "Spara krav" }).click();
  await expect(workspaceStatus(page, "requirements")).toHaveText(`${code} har sparats`);
  await expect(requirementItem(page, code)).toContainText(text);
}

export type OwnRequirement = {
  text: string;
  level: "Ska-krav" | "Bör-krav";
  kravtyp: string;
  verifikat?: string;
  weight?: string;
};

export async function addOwnRequirement(page: Page, requirement: OwnRequirement): Promise<string> {
  await page.getByRole("button", { name: "Lägg till krav" }).click();
  const form = page.getByRole("form", { name: "Nytt krav" });
  await expect(form.getByLabel("Kravtext")).toBeFocused();
  await form.getByLabel("Kravtext").fill(requirement.text);
  await form.getByLabel(requirement.level, { exact: true }).check();
  await form.getByLabel("Kravtyp").selectOption({ label: requirement.kravtyp });
  if (requirement.verifikat) await form.getByLabel("Verifikat (valfritt)").fill(requirement.verifikat);
  if (requirement.weight) await form.getByLabel("Vikt i procent (valfritt)").fill(requirement.weight);
  const before = (await workspaceStatus(page, "requirements").textContent()) ?? "";
  await form.getByRole("button", { name: "Spara krav" }).click();
  return announcedCode(page, /^([A-Z]{2}-\d+) har lagts till$/, before, "requirements");
}

// Keyboard only: Tab from the editor's heading to "Flytta upp <code>" and
// press Enter; focus must stay on the moved item's button.
export async function moveUpWithKeyboard(page: Page, code: string, key: "Enter" | " " = "Enter"): Promise<void> {
  const button = page.getByRole("button", { name: `Flytta upp ${code}`, exact: true });
  // Start from the editor's heading (focusable, not in the tab order).
  await page.locator("#requirements-heading").click();
  await page.keyboard.press("Tab");
  for (let presses = 0; presses < 200; presses += 1) {
    if (await button.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(button).toBeFocused();
  await page.keyboard.press(key);
  await expect(workspaceStatus(page, "requirements")).toHaveText(`${code} har flyttats upp`);
  await expect(button).toBeFocused();
}

export async function markSectionDoneAndContinue(page: Page): Promise<void> {
  await answerRadio(page, "Har du slutfört avsnittet?", "Ja, jag har slutfört avsnittet");
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
}

export function completionGroup(page: Page): Locator {
  return page.getByRole("group", { name: "Har du slutfört avsnittet?" });
}

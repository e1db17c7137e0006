import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { autosaveStatus, expectSaved, newDraft } from "./support/autosave";
import { addOwnRequirement } from "./support/wizard";
import { newUser, signUp } from "./support/users";

const needs = (page: Page) =>
  page.getByLabel("Vilka behov ska produkten lösa, och för vilka användargrupper?", { exact: true });
const goals = (page: Page) => page.getByLabel("Vilka effektmål har ni, och hur ska de mätas?", { exact: true });
const conflictDialog = (page: Page) => page.getByRole("dialog", { name: "Någon annan har ändrat kravspecifikationen" });

async function kundnytta(page: Page): Promise<string> {
  const url = (await newDraft(page)).replace(/\/start$/, "/kundnytta");
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Kundnytta" })).toBeVisible();
  return url;
}

test("an answer in Kundnytta is saved while typing, next to the page's own requirement edits", async ({ page }) => {
  await signUp(page, newUser("Anna Autospar"));
  await kundnytta(page);
  await needs(page).fill("Invånare vill söka färdtjänst utan att ringa");
  // No button pressed: the debounce saves it.
  await expectSaved(page);
  await expectNoAxeViolations(page);

  // A requirement added on the same page bumps the draft version; the next
  // autosave builds on it instead of meeting a conflict.
  await addOwnRequirement(page, {
    text: "Tjänsten ska gå att använda med skärmläsare",
    level: "Ska-krav",
    kravtyp: "KF Krav på det som upphandlas",
  });
  await goals(page).fill("Andelen digitala ansökningar ökar till 70 %");
  await goals(page).blur();
  await expect(autosaveStatus(page)).toHaveText(/^Sparat \d{2}:\d{2}$/);
  await expect(page.getByText("Sparar…")).toHaveCount(0);
  await expect(conflictDialog(page)).toHaveCount(0);

  await page.reload();
  await expect(needs(page)).toHaveValue("Invånare vill söka färdtjänst utan att ringa");
  await expect(goals(page)).toHaveValue("Andelen digitala ansökningar ökar till 70 %");
  // Nothing left unsaved, so no recovery offer.
  await expect(page.getByRole("region", { name: "Du har osparade ändringar" })).toHaveCount(0);
});

test("an answer typed offline is offered back in a new tab and saved once online", async ({ page, context }) => {
  await signUp(page, newUser("Otto Offline"));
  const url = await kundnytta(page);
  await needs(page).fill("Skrivet medan nätet fanns");
  await expectSaved(page);

  await context.setOffline(true);
  await needs(page).fill("Skrivet offline i Kundnytta");
  await expect(autosaveStatus(page)).toHaveText("Du är offline – ändringarna sparas i webbläsaren");
  await page.close();
  await context.setOffline(false);

  const reopened = await context.newPage();
  await reopened.goto(url);
  const banner = reopened.getByRole("region", { name: "Du har osparade ändringar" });
  await expect(banner).toBeVisible();
  await expect(needs(reopened)).toHaveValue("Skrivet medan nätet fanns");
  await expectNoAxeViolations(reopened);
  await banner.getByRole("button", { name: "Återställ" }).click();
  await expect(needs(reopened)).toHaveValue("Skrivet offline i Kundnytta");
  await expectSaved(reopened);

  await reopened.reload();
  await expect(needs(reopened)).toHaveValue("Skrivet offline i Kundnytta");
  await expect(reopened.getByRole("region", { name: "Du har osparade ändringar" })).toHaveCount(0);
});

test("a second tab's answer meets the conflict dialog with the question's label", async ({ page, context }) => {
  await signUp(page, newUser("Kim Krock"));
  const url = await kundnytta(page);
  const second = await context.newPage();
  await second.goto(url);

  await needs(page).fill("Behov från första fliken");
  await expectSaved(page);
  await needs(second).fill("Behov från andra fliken");
  await needs(second).blur();
  const dialog = conflictDialog(second);
  await expect(dialog).toBeVisible();
  const group = dialog.getByRole("group", { name: "Vilka behov ska produkten lösa, och för vilka användargrupper?" });
  await expect(group).toContainText("Behov från första fliken");
  await expect(group).toContainText("Behov från andra fliken");
  await expectNoAxeViolations(second);

  await group.getByLabel(/Den andra versionen/).check();
  await dialog.getByRole("button", { name: "Spara mitt val" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(needs(second)).toHaveValue("Behov från första fliken");
  await second.reload();
  await expect(needs(second)).toHaveValue("Behov från första fliken");
});

import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { autosaveStatus, expectSaved, newDraft, organisationField, saveDraft, titleField } from "./support/autosave";
import { newUser, signUp } from "./support/users";

test("typing offline is kept in the browser, offered back in a reopened tab and saved once online", async ({
  page,
  context,
}) => {
  await signUp(page, newUser("Olle Offline"));
  const startUrl = await newDraft(page);
  await titleField(page).fill("Skrivet medan nätet fanns");
  await saveDraft(page);

  await context.setOffline(true);
  await organisationField(page).fill("Kiruna kommun, skrivet offline");
  await expect(autosaveStatus(page)).toHaveText("Du är offline – ändringarna sparas i webbläsaren");
  // A reload cannot be served while offline, so the tab is closed and a new
  // one opened on the same draft once the connection is back.
  await page.close();
  await context.setOffline(false);

  const reopened = await context.newPage();
  await reopened.goto(startUrl);
  const banner = reopened.getByRole("region", { name: "Du har osparade ändringar" });
  await expect(banner).toContainText(/Du har osparade ändringar från .+\. Vill du återställa dem\?/);
  await expect(organisationField(reopened)).toHaveValue("");
  await expectNoAxeViolations(reopened);
  await banner.getByRole("button", { name: "Återställ" }).click();
  await expect(organisationField(reopened)).toHaveValue("Kiruna kommun, skrivet offline");
  await expectSaved(reopened);

  await reopened.reload();
  await expect(organisationField(reopened)).toHaveValue("Kiruna kommun, skrivet offline");
  await expect(titleField(reopened)).toHaveValue("Skrivet medan nätet fanns");
  await expect(reopened.getByRole("region", { name: "Du har osparade ändringar" })).toHaveCount(0);
});

test("a second tab's save meets a conflict dialog and nothing is overwritten until the user chooses", async ({
  page,
  context,
}) => {
  await signUp(page, newUser("Klara Krock"));
  const startUrl = await newDraft(page);
  const second = await context.newPage();
  await second.goto(startUrl);

  await titleField(page).fill("Titel från första fliken");
  await organisationField(page).fill("Luleå kommun");
  await saveDraft(page);

  await titleField(second).fill("Titel från andra fliken");
  await titleField(second).blur();
  const dialog = second.getByRole("dialog", { name: "Någon annan har ändrat kravspecifikationen" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("2 fält skiljer sig");
  const titleChoice = dialog.getByRole("group", { name: "Titel på kravspecifikationen" });
  await expect(titleChoice.getByLabel(/Din version/)).toBeChecked();
  await expect(titleChoice).toContainText("Titel från första fliken");
  await expectNoAxeViolations(second);

  // Escape closes without saving; the status says so and the dialog can be reopened.
  await second.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(autosaveStatus(second)).toContainText("Inte sparat – någon annan har ändrat");
  await page.reload();
  await expect(titleField(page)).toHaveValue("Titel från första fliken");
  await second.getByRole("button", { name: "Välj version" }).click();
  await expect(dialog).toBeVisible();

  // Field by field: keep my title, take the other tab's organisation.
  await dialog
    .getByRole("group", { name: "Organisation" })
    .getByLabel(/Den andra versionen/)
    .check();
  await dialog.getByRole("button", { name: "Spara mitt val" }).click();
  await expect(dialog).toHaveCount(0);
  await expectSaved(second);
  await expect(organisationField(second)).toHaveValue("Luleå kommun");

  await page.reload();
  await expect(titleField(page)).toHaveValue("Titel från andra fliken");
  await expect(organisationField(page)).toHaveValue("Luleå kommun");
});

test("an old revision is compared word by word and restored as a new version", async ({ page }) => {
  await signUp(page, newUser("Rut Revision"));
  const startUrl = await newDraft(page);
  await titleField(page).fill("Färdtjänst för hela länet");
  await saveDraft(page);
  await titleField(page).fill("Färdtjänst för Norrbottens kommuner");
  await saveDraft(page);

  await page.getByRole("link", { name: "Versionshistorik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versionshistorik" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Sparade versioner, senaste först" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Rut Revision");
  const diff = page.getByRole("region", { name: /Ändringar från version 2 till Nuvarande \(version 3\)/ });
  await expect(diff.locator("del")).toHaveText(["borttaget: hela länet"]);
  await expect(diff.locator("ins")).toHaveText(["tillagt: Norrbottens kommuner"]);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Återställ version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 2 är återställd" })).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Återställd från en tidigare version");
  await expect(rows.nth(2)).toContainText("Sparad före en återställning");

  await page.goto(startUrl);
  await expect(titleField(page)).toHaveValue("Färdtjänst för hela länet");
});

test("a draft is copied, moved to the trash and restored from it", async ({ page }) => {
  await signUp(page, newUser("Per Papperskorg"));
  await newDraft(page);
  await titleField(page).fill("Upphandling av e-arkiv");
  await organisationField(page).fill("Umeå kommun");
  await saveDraft(page);
  await page.reload();

  await page.getByRole("button", { name: "Kopiera Upphandling av e-arkiv" }).click();
  await expect(titleField(page)).toHaveValue("Kopia av Upphandling av e-arkiv");
  await expect(organisationField(page)).toHaveValue("Umeå kommun");

  await page.getByRole("button", { name: "Flytta till papperskorgen Kopia av Upphandling av e-arkiv" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
  await expect(page.getByText("Kopia av Upphandling av e-arkiv")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Upphandling av e-arkiv", exact: true })).toBeVisible();

  await page.goto("/drafts/trash");
  await expect(page.getByRole("heading", { level: 1, name: "Papperskorgen" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Borttagna kravspecifikationer" })).toContainText(
    "Kopia av Upphandling av e-arkiv",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Återställ Kopia av Upphandling av e-arkiv" }).click();
  await expect(page.getByRole("status").filter({ hasText: "är återställd" })).toBeVisible();
  await expect(page.getByText("Papperskorgen är tom.")).toBeVisible();

  await page.goto("/drafts");
  await expect(page.getByRole("link", { name: "Kopia av Upphandling av e-arkiv", exact: true })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newDraft, titleField } from "./support/autosave";
import { newUser, signUp } from "./support/users";

test("the title's limit is a hint and a count, checked while typing, and the step list shows every section", async ({
  page,
}) => {
  await signUp(page, newUser("Lugn Stegsson"));
  const startUrl = await newDraft(page);

  await expect(page.getByText("Högst 200 tecken.")).toBeVisible();
  await expect(page.getByText("Du har 200 tecken kvar")).toBeVisible();
  await titleField(page).fill("x".repeat(201));
  // Marked beside the field while typing; no summary, and focus stays put.
  await expect(page.getByText("Du har 1 tecken för mycket")).toBeVisible();
  await expect(titleField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(titleField(page)).toHaveAccessibleDescription(/Du har 1 tecken för mycket/);
  await expect(titleField(page)).toBeFocused();
  await expect(page.getByRole("alert").filter({ hasText: "Det finns ett problem" })).toHaveCount(0);
  await titleField(page).fill("Kortare titel");
  await expect(titleField(page)).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Du har 187 tecken kvar")).toBeVisible();

  // One explicit save action and one back link per step.
  await expect(page.getByRole("button", { name: /^Spara/ })).toHaveText(["Spara och fortsätt"]);
  await expect(page.getByRole("main").getByRole("link", { name: /^Tillbaka/ })).toHaveCount(1);

  const steps = page.getByRole("navigation", { name: "Avsnitt" });
  await expect(steps.getByRole("link")).toHaveCount(7);
  await expect(steps.getByRole("link", { name: "1. Start" })).toHaveAttribute("aria-current", "step");
  await expect(steps.getByRole("link", { name: "2. Kundnytta" })).toHaveAccessibleDescription("Ej påbörjad");
  await expectNoAxeViolations(page);

  await page.goto(startUrl.replace(/\/start$/, "/juridik"));
  await expect(page.getByRole("main").getByRole("link", { name: /^Tillbaka/ })).toHaveCount(1);
  await expect(steps.getByRole("link", { name: "3. Juridik" })).toHaveAttribute("aria-current", "step");
  await expect(page.locator("details").first()).not.toHaveAttribute("open");
  await expectNoAxeViolations(page);
});

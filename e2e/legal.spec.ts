import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newUser, signUp } from "./support/users";

// The operator's contact comes from playwright.config.ts (KRAVLOTS_OPERATOR_*).
const operatorEmail = "kravlots@exempla.example";

test("the accessibility statement and privacy notice are linked from the footer, signed out and in", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const footer = page.getByRole("navigation", { name: "Om tjänsten" });
  await footer.getByRole("link", { name: "Tillgänglighet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse" })).toBeVisible();
  await expect(page.getByText("Exempla kommun står bakom Kravlots.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tillsyn" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Anmäl brister i digital offentlig service till Digg/ })).toHaveAttribute(
    "href",
    "https://www.digg.se/tdosanmalan",
  );
  await expect(page.getByTestId("operator-email").first()).toHaveAttribute("href", `mailto:${operatorEmail}`);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Om tjänsten" }).getByRole("link", { name: "Personuppgifter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personuppgifter" })).toBeVisible();
  await expect(page.getByText("Personuppgiftsansvarig är Exempla kommun.")).toBeVisible();
  await expect(page.getByText("tas bort för gott efter 30 dagar")).toBeVisible();
  await expect(page.getByTestId("operator-email")).toHaveText(operatorEmail);
  await expectNoAxeViolations(page);

  // Every page has the footer, also a signed-in one deep in the app.
  await signUp(page, newUser("Fot Notsson"));
  await expect(page.getByRole("navigation", { name: "Om tjänsten" }).getByRole("link")).toHaveCount(2);
});

test("the pages exist in English with the same structure", async ({ page }) => {
  await page.goto("/tillganglighet");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enforcement" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("navigation", { name: "About the service" })
    .getByRole("link", { name: "Personal data" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal data" })).toBeVisible();
  await expect(page.getByText("The controller is Exempla kommun.")).toBeVisible();
  await expectNoAxeViolations(page);
});

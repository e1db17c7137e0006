import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newUser, signUp } from "./support/users";

test("a signed-in procurer browses, searches and filters the catalog of guidance and suggestions", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/catalog");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signUp(page, newUser("Maja Lindqvist"));
  await page
    .getByRole("navigation", { name: "Huvudmeny" })
    .getByRole("link", { name: "Vägledningar och kravförslag" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Vägledningar och kravförslag" })).toBeVisible();
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ vägledningar och \d+ kravförslag hittades\. Visar 1–25 av \d+\.$/);
  await expect(page.getByTestId("catalog-suggestion")).toHaveCount(25);
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Sidor i resultatet" }).getByRole("link", { name: "Nästa sida" }).click();
  await expect(status).toContainText("Visar 26–50 av");
  await expect(page.getByRole("link", { name: "Sida 2, aktuell sida" })).toHaveAttribute("aria-current", "page");

  // Diacritics do not matter: "sakerhetsskydd" finds "säkerhetsskydd".
  await page.getByLabel("Sök", { exact: true }).fill("sakerhetsskydd");
  await page.getByRole("button", { name: "Visa resultat" }).click();
  await expect(page).toHaveURL(/q=sakerhetsskydd/);
  await expect(status).toContainText("för sökningen ”sakerhetsskydd”");
  const securitySuggestion = page.locator("#s-ju-sakerhetsskydd");
  await expect(securitySuggestion).toContainText("säkerhetsskyddsavtal tecknas enligt säkerhetsskyddslagen (2018:585)");
  await expect(page.locator("#m-sakerhetsskyddslagen")).toBeVisible();
  await expect(page.getByTestId("catalog-suggestion").filter({ hasText: "Kundnytta:" })).toHaveCount(0);

  // Filter: only work-environment suggestions, no search word.
  await page.getByLabel("Sök", { exact: true }).fill("");
  await page.getByLabel("Perspektiv", { exact: true }).selectOption({ label: "Arbetsmiljö" });
  await page.getByLabel("Visa", { exact: true }).selectOption({ label: "Bara kravförslag" });
  await page.getByRole("button", { name: "Visa resultat" }).click();
  await expect(page).toHaveURL(/perspective=arbetsmiljo/);
  await expect(page.getByLabel("Perspektiv", { exact: true })).toHaveValue("arbetsmiljo");
  await expect(page.getByTestId("catalog-model")).toHaveCount(0);
  const cards = page.getByTestId("catalog-suggestion");
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(12);
  // More than a page of them: the status names the total and the page shown.
  const total = Number(/och (\d+) kravförslag/.exec((await status.textContent()) ?? "")?.[1]);
  expect(count).toBe(Math.min(total, 25));
  await expect(status).toHaveText(
    total > 25
      ? `Inga vägledningar och ${total} kravförslag hittades. Visar 1–25 av ${total}.`
      : `Inga vägledningar och ${total} kravförslag hittades.`,
  );
  // The card leads with its short title; the perspective and topic stand above it.
  await expect(cards.getByTestId("suggestion-topic").filter({ hasNotText: /^Arbetsmiljö(:|$)/ })).toHaveCount(0);

  const riskAssessment = page.locator("#s-am-riskbedomning-skyddsombud");
  await expect(riskAssessment).toContainText("med medverkan av berörda medarbetare och skyddsombud");
  await expect(riskAssessment).toContainText("IN – internt processkrav");
  await expect(riskAssessment).toContainText("Gäller närAnvändarna är medarbetare");
  await expect(riskAssessment.getByRole("term").filter({ hasText: /^Kontrollerad$/ })).toBeVisible();
  const source = riskAssessment.getByRole("link", {
    name: /AFS 2023:1 Systematiskt arbetsmiljöarbete.*Arbetsmiljöverket, 2023.*\(extern webbplats\)/,
  });
  await expect(source).toHaveAttribute("href", /^https:\/\/www\.av\.se\//);
  await expectNoAxeViolations(page);

  // A model lists the suggestions that cite it, and the link reaches them.
  await page.goto("/catalog?show=models&q=AFS%202023:1");
  const model = page.locator("#m-afs-2023-1");
  await expect(model.getByRole("link", { name: /Läs källan.*\(extern webbplats\)/ })).toHaveAttribute(
    "href",
    /^https:\/\//,
  );
  // Every source says when it was last checked, or that it has not been.
  await expect(model.getByTestId("source-status")).toContainText(
    /Kontrollerad \d{4}-\d{2}-\d{2}|Inte kontrollerad mot källan ännu/,
  );
  // The list names suggestions by their short title, so find the link by where it goes.
  await model.locator('a[href$="#s-am-riskbedomning-skyddsombud"]').click();
  await expect(page.locator("#s-am-riskbedomning-skyddsombud")).toBeVisible();

  // Nothing found is said plainly.
  await page.goto("/catalog?q=zyxwvu");
  await expect(status).toHaveText("Inga vägledningar och inga kravförslag hittades för sökningen ”zyxwvu”.");
  await expect(page.getByText("Inget matchade.")).toBeVisible();

  // In English the interface changes; the content says it stays Swedish.
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Guidance and requirement suggestions" })).toBeVisible();
  await expect(page.getByText("The catalog content is in Swedish")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Guidance and suggestions" }),
  ).toBeVisible();
});

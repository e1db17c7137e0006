import { expect, test } from "@playwright/test";
import { newDraft } from "./support/autosave";
import { newUser, signUp } from "./support/users";

test("every page has a favicon, a 404 has its own title and the main navigation is one row at 1280 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signUp(page, newUser("Fredrika Favikon-Långnamnsson"));

  const icon = page.locator('head link[rel="icon"]');
  await expect(icon).toHaveAttribute("href", /icon/);
  const response = await page.request.get((await icon.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");

  const items = page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  const tops = await items.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);

  await page.goto("/finns-inte");
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
  await expect(page).toHaveTitle("Sidan hittades inte – Kravlots");
  await page.goto("/drafts/finnsinte123/kundnytta");
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
  await expect(page).toHaveTitle("Sidan hittades inte – Kravlots");
});

test("a perspective step runs under the CSP without an eval violation (zod in jitless mode)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  await signUp(page, newUser("Cecilia Csp"));
  const startUrl = await newDraft(page);
  await page.goto(startUrl.replace(/\/start$/, "/kundnytta"));
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Det finns ett problem" })).toBeFocused();
  expect(violations).toEqual([]);
});

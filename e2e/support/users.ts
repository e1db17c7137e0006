import { expect, type Page } from "@playwright/test";

export type TestUser = { name: string; email: string; password: string };

let counter = 0;

export function newUser(name: string): TestUser {
  counter += 1;
  const stamp = `${Date.now().toString(36)}${counter}`;
  return { name, email: `anvandare-${stamp}@kommun.example`, password: `Lösenord-${stamp}-säkert` };
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Namn").fill(user.name);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
}

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
}

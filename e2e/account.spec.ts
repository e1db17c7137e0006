import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newUser, signIn, signUp } from "./support/users";

test("the account page changes name and password, ends another sign-in, downloads the data and deletes the account", async ({
  page,
  browser,
}) => {
  const user = newUser("Konto Kristina");
  await signUp(page, user);
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/start$/);
  await page.getByRole("link", { name: "Mitt konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Name.
  await page.getByLabel("Namn").fill("Kristina Kontosson");
  await page.getByRole("button", { name: "Spara namnet" }).click();
  await expect(page.getByText("Sparat.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Inloggad som Kristina Kontosson")).toBeVisible();

  // A second sign-in elsewhere, ended from here.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, user);
  await page.reload();
  await expect(page.getByTestId("sessions").locator("tbody tr")).toHaveCount(2);
  await page.getByRole("button", { name: /Avsluta inloggningen från/ }).click();
  await expect(page.getByTestId("sessions").locator("tbody tr")).toHaveCount(1);
  await other.goto("/drafts");
  await expect(other).toHaveURL(/\/sign-in$/);
  await elsewhere.close();

  // Password: the wrong current one is refused with a field error.
  await page.getByLabel("Nuvarande lösenord").fill("fel-lösenord-helt");
  await page.getByLabel("Nytt lösenord").fill(`${user.password}-2`);
  await page.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(page.getByText("Lösenordet stämmer inte").first()).toBeVisible();
  await page.getByLabel("Nuvarande lösenord").fill(user.password);
  await page.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(page.getByText("Lösenordet är bytt.")).toBeVisible();
  const newPassword = `${user.password}-2`;

  // Own data as JSON.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ned mina uppgifter (JSON)" }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as {
    user: { email: string; name: string; drafts: unknown[] };
  };
  expect(data.user).toMatchObject({ email: user.email, name: "Kristina Kontosson" });
  expect(data.user.drafts).toHaveLength(1);
  expect(JSON.stringify(data)).not.toContain(newPassword);

  // Delete: told about the personal draft, a wrong password changes nothing.
  await expect(page.getByText("Dina personliga kravspecifikationer (1 st")).toBeVisible();
  await page.getByLabel("Ditt lösenord").fill("fel-lösenord-helt");
  await page.getByRole("button", { name: "Ta bort mitt konto för gott" }).click();
  await expect(page.getByText("Lösenordet stämmer inte").first()).toBeVisible();
  await page.getByLabel("Ditt lösenord").fill(newPassword);
  await page.getByRole("button", { name: "Ta bort mitt konto för gott" }).click();
  await expect(page.getByText("Kontot är borttaget.")).toBeVisible();
  expect((await page.request.get("/account/data")).status()).toBe(401);
  // The account is gone (the per-account sign-in limit of the test server,
  // 4 in 8 s, may answer first after the password checks above).
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(newPassword);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText(/^(Fel e-postadress eller lösenord|För många försök)/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the account data download needs a session", async ({ request }) => {
  const response = await request.get("/account/data");
  expect(response.status()).toBe(401);
});

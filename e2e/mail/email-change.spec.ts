import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { linkIn, startMailSink, type MailSink } from "../support/mail-sink";
import { newUser, type TestUser } from "../support/users";

// Changing one's address on Mitt konto against the SMTP sink
// (playwright.mail.config.ts): the new address must be verified again.
let sink: MailSink;
test.beforeAll(async () => {
  sink = await startMailSink();
});
test.afterAll(async () => {
  await sink?.close();
});

const myDrafts = (page: Page) => page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
}

async function signUpVerified(page: Page, user: TestUser) {
  await page.goto("/sign-up");
  await page.getByLabel("Namn").fill(user.name);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  const mail = await sink.next(user.email, /Bekräfta din e-postadress/);
  await page.goto(linkIn(mail, "/verify-email?token="));
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(myDrafts(page)).toBeVisible();
}

test("a new e-mail address takes effect only through the link mailed to it; the old address is told", async ({
  page,
}) => {
  const user = newUser("Byta Adress");
  await signUpVerified(page, user);
  const newEmail = `ny-${Date.now().toString(36)}@kommun.example`;

  await page.goto("/account");
  await expectNoAxeViolations(page);
  // A wrong password and an address outside ALLOWED_EMAIL_DOMAINS are refused in Swedish.
  await page.getByLabel("Ny e-postadress").fill(newEmail);
  await page.getByLabel("Lösenord för att bekräfta bytet").fill("fel-lösenord-helt-och-hållet");
  await page.getByRole("button", { name: "Byt e-postadress" }).click();
  await expect(page.getByText("Lösenordet stämmer inte").first()).toBeVisible();
  await page.getByLabel("Ny e-postadress").fill("x@annan.example");
  await page.getByLabel("Lösenord för att bekräfta bytet").fill(user.password);
  await page.getByRole("button", { name: "Byt e-postadress" }).click();
  await expect(page.getByText("Konton kan bara skapas med en e-postadress hos organisationen").first()).toBeVisible();

  await page.getByLabel("Ny e-postadress").fill(newEmail);
  await page.getByLabel("Lösenord för att bekräfta bytet").fill(user.password);
  await page.getByRole("button", { name: "Byt e-postadress" }).click();
  await expect(page.getByText("Vi har skickat en länk till den nya adressen.")).toBeVisible();

  const notice = await sink.next(user.email, /E-postadressen för ditt Kravlots-konto ändras/);
  expect(notice.text).toContain(newEmail);
  const verify = await sink.next(newEmail, /Bekräfta din e-postadress/);

  // Nothing has changed yet: the old address still signs in, the new one does not.
  await page.reload();
  await expect(page.getByText(`Din e-postadress är ${user.email}.`)).toBeVisible();

  await page.goto(linkIn(verify, "/verify-email?token="));
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(page.getByText(`Din e-postadress är ${newEmail}.`)).toBeVisible();
  await expect(page.getByTestId("account-verified")).toHaveText("Adressen är bekräftad.");

  // The account now answers to the new address only.
  await page.context().clearCookies();
  await signIn(page, user.email, user.password);
  await expect(page.getByText("Fel e-postadress eller lösenord").first()).toBeVisible();
  await signIn(page, newEmail, user.password);
  await expect(myDrafts(page)).toBeVisible();
});

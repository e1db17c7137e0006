import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { createOrg, invite } from "../support/access-world";
import { linkIn, startMailSink, type MailSink } from "../support/mail-sink";
import { newUser, type TestUser } from "../support/users";

// Runs against a server with SMTP_URL pointing at the sink started here and
// ALLOWED_EMAIL_DOMAINS=kommun.example (playwright.mail.config.ts).
let sink: MailSink;
test.beforeAll(async () => {
  sink = await startMailSink();
});
test.afterAll(async () => {
  await sink?.close();
});

async function fillSignUp(page: Page, user: TestUser) {
  await page.goto("/sign-up");
  await page.getByLabel("Namn").fill(user.name);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  // Exact: this server also offers "Logga in med organisationens konto".
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
}

const myDrafts = (page: Page) => page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" });

// Sign-up, the verification mail, and the click that verifies and signs in.
async function signUpVerified(page: Page, user: TestUser) {
  await fillSignUp(page, user);
  await expect(page.getByTestId("verify-sent")).toBeVisible();
  const mail = await sink.next(user.email, /Bekräfta din e-postadress/);
  await page.goto(linkIn(mail, "/verify-email?token="));
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(myDrafts(page)).toBeVisible();
}

test("sign-up sends a verification mail; its link verifies and signs in; before that sign-in is refused", async ({
  page,
}) => {
  const user = newUser("Vera Verifiera");
  await fillSignUp(page, user);
  await expect(page.getByRole("heading", { level: 1, name: "Bekräfta din e-postadress" })).toBeVisible();
  await expectNoAxeViolations(page);
  const first = await sink.next(user.email, /Bekräfta din e-postadress/);
  expect(first.text).toContain("Hej Vera Verifiera!");
  expect(first.html).toContain("<a href=");

  // Not verified yet: no session, and a new mail is on its way.
  await fillSignIn(page, user.email, user.password);
  await expect(page.getByText("Bekräfta din e-postadress först.")).toBeVisible();
  const second = await sink.next(user.email, /Bekräfta din e-postadress/);

  // A damaged link is refused with a clear message.
  await page.goto("/verify-email?token=inte-en-riktig-kod");
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(page.getByText("Länken är ogiltig")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(linkIn(second, "/verify-email?token="));
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(myDrafts(page)).toBeVisible();
});

test("only addresses in ALLOWED_EMAIL_DOMAINS may register", async ({ page }) => {
  const outsider = { ...newUser("Utan Behörighet"), email: `x-${Date.now()}@annan-domän.example` };
  await fillSignUp(page, outsider);
  await expect(page.getByText("Konton kan bara skapas med en e-postadress hos organisationen").first()).toBeVisible();
  expect(sink.all().filter((m) => m.to === outsider.email)).toEqual([]);
});

test("Glömt lösenordet: the reset mail's link sets a new password; the old one and the used link stop working", async ({
  page,
}) => {
  const user = newUser("Glenn Glömsk");
  await signUpVerified(page, user);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByRole("button", { name: "Skicka länk" }).click();
  await expect(page.getByTestId("reset-sent")).toContainText("Om det finns ett konto för adressen");
  // The same answer for an address without an account, and no mail to it.
  await page.goto("/forgot-password");
  await page.getByLabel("E-postadress").fill("ingen-alls@kommun.example");
  await page.getByRole("button", { name: "Skicka länk" }).click();
  await expect(page.getByTestId("reset-sent")).toContainText("Om det finns ett konto för adressen");

  const mail = await sink.next(user.email, /Välj ett nytt lösenord/);
  const link = linkIn(mail, "/reset-password?token=");
  await page.goto(link);
  await expectNoAxeViolations(page);
  const newPassword = `${user.password}-nytt`;
  await page.getByLabel("Lösenord").fill(newPassword);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByText("Lösenordet är bytt")).toBeVisible();
  await sink.next(user.email, /lösenord i Kravlots har ändrats/);

  await fillSignIn(page, user.email, user.password);
  await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  await fillSignIn(page, user.email, newPassword);
  await expect(myDrafts(page)).toBeVisible();

  // The link was spent.
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByLabel("Lösenord").fill(`${newPassword}-igen`);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByText("Länken är ogiltig").first()).toBeVisible();
  expect(sink.all().filter((m) => m.to === "ingen-alls@kommun.example")).toEqual([]);
});

test("mail follows the user's language", async ({ page }) => {
  const user = newUser("Eng Lish");
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "In English" }).click();
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const mail = await sink.next(user.email, /Confirm your email address in Kravlots/);
  expect(mail.text).toContain("Hello Eng Lish,");
});

test("an invitation mail's link can be accepted only by the verified matching address", async ({ browser }) => {
  const owner = await browser.newPage();
  await signUpVerified(owner, newUser("Ägda Ägare"));
  const orgId = await createOrg(owner, "Mejlkommunen");
  const invitee = newUser("Inga Inbjuden");
  const copied = await invite(owner, orgId, invitee.email, "redigerare");
  const mail = await sink.next(invitee.email, /Inbjudan till Mejlkommunen/);
  expect(mail.text).toContain("Ägda Ägare har bjudit in dig till organisationen Mejlkommunen");
  expect(mail.text).toContain("med rollen redigerare");
  const link = linkIn(mail, "/invite/");
  expect(link).toBe(copied);

  // Someone the link was forwarded to, with a verified address of their own.
  const other = await browser.newPage();
  await signUpVerified(other, newUser("Fia Framåtskickad"));
  await other.goto(link);
  await expect(other.getByTestId("invite-state")).toContainText(`Logga in som ${invitee.email}`);
  await expect(other.getByRole("button", { name: /Gå med/ })).toHaveCount(0);

  // Registering the invited address does not give a session until verified.
  const right = await browser.newPage();
  await fillSignUp(right, invitee);
  await expect(right.getByTestId("verify-sent")).toBeVisible();
  await right.goto(link);
  await expect(right.getByRole("button", { name: /Gå med/ })).toHaveCount(0);
  const verify = await sink.next(invitee.email, /Bekräfta din e-postadress/);
  await right.goto(linkIn(verify, "/verify-email?token="));
  await right.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(myDrafts(right)).toBeVisible();
  await right.goto(link);
  await right.getByRole("button", { name: "Gå med i Mejlkommunen" }).click();
  await expect(right.getByTestId("your-role")).toHaveText("Din roll: redigerare");

  // The ägare sees that the new member's address is verified.
  await owner.goto(`/orgs/${orgId}`);
  await expect(owner.getByTestId(`member-${invitee.email}`).getByTestId("member-verified")).toHaveText(
    "E-postadressen är bekräftad",
  );
});

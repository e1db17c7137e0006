import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { callAction, createOrg, invite, newDraftInActiveSpace } from "./support/access-world";
import { expectNoAxeViolations } from "./support/axe";
import { newUser, signUp, type TestUser } from "./support/users";

// The code an authenticator app would show now, from the key the page shows as text.
function codeNow(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: secret.replace(/\s+/g, ""), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

// A code that no clock drift window (previous, current, next step) accepts.
function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1].map((step) => codeNow(secret, step)));
  let candidate = Number(codeNow(secret));
  do candidate = (candidate + 7919) % 1_000_000;
  while (near.has(String(candidate).padStart(6, "0")));
  return String(candidate).padStart(6, "0");
}

async function passwordStep(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ange kod" })).toBeVisible();
}

test("two-factor: enrol with a QR code and its key as text, sign in with a computed code or a backup code, turn it off", async ({
  page,
}) => {
  const user = newUser("Tvåsteg Tove");
  await signUp(page, user);
  await page.goto("/account");
  await expect(page.getByTestId("two-factor-status")).toHaveText("Tvåstegsverifiering är inte påslagen.");
  // A code with no enrolment pending is a wrong code, not a server fault.
  const early = await callAction(page.request, "lib/auth/two-factor-actions", "confirmTwoFactorAction", [
    { code: "123456" },
  ]);
  expect(early).toEqual({
    kind: "result",
    value: { ok: false, code: "VALIDATION", fieldErrors: { code: ["wrongCode"] } },
  });

  // The password again first; a wrong one is refused.
  await page.getByLabel("Lösenordet till kontot").fill("inte-mitt-lösenord");
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(page.getByText("Lösenordet stämmer inte").first()).toBeVisible();
  await page.getByLabel("Lösenordet till kontot").fill(user.password);
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();

  // The QR code and the same key as text.
  await expect(page.getByRole("img", { name: /QR-kod för appen/ })).toBeVisible();
  const secret = (await page.getByTestId("two-factor-secret").textContent()) ?? "";
  expect(secret.replace(/\s+/g, "")).toMatch(/^[A-Z2-7]{16,}$/);
  await expectNoAxeViolations(page);

  // A wrong first code does not turn it on.
  await page.getByLabel("Kod från appen").fill(wrongCode(secret));
  await page.getByRole("button", { name: "Bekräfta och slå på" }).click();
  await expect(page.getByText("Koden stämmer inte").first()).toBeVisible();
  await page.getByLabel("Kod från appen").fill(codeNow(secret));
  await page.getByRole("button", { name: "Bekräfta och slå på" }).click();

  // Backup codes, shown once.
  await expect(page.getByRole("heading", { name: "Dina reservkoder" })).toBeVisible();
  const backupCodes = await page.getByTestId("backup-codes").locator("li").allTextContents();
  expect(backupCodes).toHaveLength(10);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Jag har sparat koderna" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Tvåstegsverifiering är påslagen.");

  // Sign in again: the password alone is not enough.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await passwordStep(page, user);
  await page.goto("/drafts");
  await expect(page).toHaveURL(/\/sign-in$/);
  await passwordStep(page, user);
  await expectNoAxeViolations(page);
  await page.getByLabel("Kod från appen eller en reservkod").fill(wrongCode(secret));
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Koden stämmer inte").first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await page.getByLabel("Kod från appen eller en reservkod").fill(codeNow(secret));
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();

  // A backup code works once.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await passwordStep(page, user);
  await page.getByLabel("Kod från appen eller en reservkod").fill(backupCodes[0]!);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
  await page.getByRole("button", { name: "Logga ut" }).click();
  await passwordStep(page, user);
  await page.getByLabel("Kod från appen eller en reservkod").fill(backupCodes[0]!);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Koden stämmer inte").first()).toBeVisible();
  await page.getByLabel("Kod från appen eller en reservkod").fill(backupCodes[1]!);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();

  // Off again: the next sign-in needs only the password.
  await page.goto("/account");
  await page.getByLabel("Lösenordet till kontot").fill(user.password);
  await page.getByRole("button", { name: "Stäng av tvåstegsverifiering" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Tvåstegsverifiering är inte påslagen.");
  await page.getByRole("button", { name: "Logga ut" }).click();
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
});

// Turns two-factor on from /account, as a user with an app would.
async function enrol(page: Page, user: TestUser): Promise<string> {
  await page.goto("/account");
  await page.getByLabel("Lösenordet till kontot").fill(user.password);
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  const secret = (await page.getByTestId("two-factor-secret").textContent()) ?? "";
  await page.getByLabel("Kod från appen").fill(codeNow(secret));
  await page.getByRole("button", { name: "Bekräfta och slå på" }).click();
  await expect(page.getByRole("heading", { name: "Dina reservkoder" })).toBeVisible();
  await page.getByRole("button", { name: "Jag har sparat koderna" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Tvåstegsverifiering är påslagen.");
  return secret;
}

test("an organisation that requires two-factor keeps its drafts from a member without it until they enrol", async ({
  page,
  browser,
}) => {
  const owner = newUser("Ägare Olle");
  await signUp(page, owner);
  const orgName = `Tvåstegs kommun ${Date.now().toString(36)}`;
  const orgId = await createOrg(page, orgName);
  const draftId = await newDraftInActiveSpace(page);

  const member = newUser("Medlem Mia");
  const link = await invite(page, orgId, member.email, "redigerare");
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signUp(memberPage, member);
  await memberPage.goto(new URL(link).pathname);
  await memberPage.getByRole("button", { name: `Gå med i ${orgName}` }).click();
  await expect(memberPage.getByTestId("your-role")).toHaveText("Din roll: redigerare");
  await memberPage.goto(`/drafts/${draftId}/start`);
  await expect(memberPage.getByRole("heading", { level: 1 })).not.toHaveText("Sidan hittades inte");

  // The ägare cannot require it before having it (that would lock them out).
  await page.goto(`/orgs/${orgId}`);
  await expect(page.getByTestId(`member-${member.email}`).getByTestId("member-two-factor")).toHaveText(
    "Använder inte tvåstegsverifiering",
  );
  await expect(page.getByTestId("two-factor-policy")).toHaveText("Tvåstegsverifiering är frivillig för medlemmarna.");
  await page.getByRole("button", { name: "Kräv tvåstegsverifiering för alla medlemmar" }).click();
  await expect(page.getByText("Organisationen kräver tvåstegsverifiering.").first()).toBeVisible();
  await enrol(page, owner);
  await page.goto(`/orgs/${orgId}`);
  await page.getByRole("button", { name: "Kräv tvåstegsverifiering för alla medlemmar" }).click();
  await expect(page.getByTestId("two-factor-policy")).toHaveText("Alla medlemmar måste använda tvåstegsverifiering.");
  await expectNoAxeViolations(page);
  await page.goto(`/drafts/${draftId}/start`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Sidan hittades inte");

  // The member: the draft is out of reach, the dashboard says why and where to go.
  const missing = await memberPage.goto(`/drafts/${draftId}/start`);
  expect(missing?.status()).toBe(404);
  await memberPage.goto("/drafts");
  await expect(memberPage.getByTestId("two-factor-required")).toContainText(orgName);
  await expectNoAxeViolations(memberPage);
  await memberPage.getByRole("link", { name: "Slå på tvåstegsverifiering under Mitt konto" }).click();
  await expect(memberPage).toHaveURL(/\/account#two-factor$/);
  await enrol(memberPage, member);
  const reached = await memberPage.goto(`/drafts/${draftId}/start`);
  expect(reached?.status()).toBe(200);
  await memberPage.goto("/drafts");
  await expect(memberPage.getByTestId("two-factor-required")).toHaveCount(0);
  await page.goto(`/orgs/${orgId}`);
  await expect(page.getByTestId(`member-${member.email}`).getByTestId("member-two-factor")).toHaveText(
    "Använder tvåstegsverifiering",
  );
  await memberContext.close();
});

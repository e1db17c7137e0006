import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { createOrg, invite, newDraftInActiveSpace } from "../support/access-world";
import { query } from "../support/e2e-db";
import { linkIn, startMailSink, type MailSink } from "../support/mail-sink";
import { startOidcProvider, type IdpUser, type OidcProvider } from "../support/oidc-provider";
import { newUser, type TestUser } from "../support/users";

// Single sign-on against a real OpenID provider on loopback (oidc-provider),
// started here; the server has OIDC_ISSUER, OIDC_CLIENT_* and
// OIDC_ALLOWED_DOMAINS=kommun.example (playwright.mail.config.ts).
let sink: MailSink;
let idp: OidcProvider;
test.beforeAll(async ({ baseURL }) => {
  sink = await startMailSink();
  idp = await startOidcProvider(baseURL!);
});
test.afterAll(async () => {
  await sink?.close();
  await idp?.close();
});

const myDrafts = (page: Page) => page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" });
const ssoButton = (page: Page) => page.getByRole("button", { name: "Logga in med organisationens konto" });

let counter = 0;
function idpUser(name: string, email: string, emailVerified = true): IdpUser {
  counter += 1;
  const user = { login: `idp-${Date.now().toString(36)}-${counter}`, email, emailVerified, name };
  idp.addUser(user);
  return user;
}

// Each flow in its own browser context, so the provider's own sign-in
// (its cookie) is not carried from one user to the next.
async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "sv-SE" });
  return context.newPage();
}

async function signInWithSso(page: Page, user: IdpUser) {
  await page.goto("/sign-in");
  await ssoButton(page).click();
  await expect(page.getByRole("heading", { name: "Kommunens inloggning" })).toBeVisible();
  await page.getByLabel("Användarnamn").fill(user.login);
  await page.getByRole("button", { name: "Fortsätt" }).click();
}

async function signUpVerified(page: Page, user: TestUser) {
  await page.goto("/sign-up");
  await page.getByLabel("Namn").fill(user.name);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByTestId("verify-sent")).toBeVisible();
  const mail = await sink.next(user.email, /Bekräfta din e-postadress/);
  await page.goto(linkIn(mail, "/verify-email?token="));
  await page.getByRole("button", { name: "Bekräfta e-postadressen" }).click();
  await expect(myDrafts(page)).toBeVisible();
}

async function rowsFor(email: string) {
  const user = await query<{ id: string; emailVerified: number | boolean }>(
    `SELECT id, "emailVerified" FROM "User" WHERE email = ?`,
    [email],
  );
  const id = user[0]?.id ?? "";
  const column = async (sql: string) => (await query<{ value: string }>(sql, [id])).map((row) => row.value);
  return {
    users: user.length,
    // 1/0 on SQLite, a boolean on PostgreSQL.
    emailVerified: Boolean(user[0]?.emailVerified),
    providers: await column(`SELECT "providerId" AS value FROM "Account" WHERE "userId" = ? ORDER BY "providerId"`),
    sessions: await column(`SELECT "signInMethod" AS value FROM "Session" WHERE "userId" = ?`),
    audit: (
      await query<{ action: string; details: string | null }>(
        `SELECT action, details FROM "AuditEvent" WHERE "actorId" = ? ORDER BY "createdAt"`,
        [id],
      )
    ).map((row) => `${row.action} ${row.details ?? ""}`.trim()),
  };
}

test("the first SSO sign-in creates the account from the provider's verified address and signs in", async ({
  browser,
  baseURL,
}) => {
  const page = await freshPage(browser, baseURL!);
  await page.goto("/sign-in");
  await expect(ssoButton(page)).toBeVisible();
  await expectNoAxeViolations(page);

  const sara = idpUser("Sara Single", `sara-${Date.now().toString(36)}@kommun.example`);
  await signInWithSso(page, sara);
  await expect(myDrafts(page)).toBeVisible();
  await expect(page.getByText("Sara Single")).toBeVisible();

  const rows = await rowsFor(sara.email);
  expect(rows).toMatchObject({ users: 1, emailVerified: true, providers: ["oidc"], sessions: ["sso"] });
  expect(rows.audit).toEqual(["sso_account_linked {}", 'sign_in {"method":"sso"}']);

  // Signing in again uses the same account.
  await page.context().clearCookies();
  await signInWithSso(page, sara);
  await expect(myDrafts(page)).toBeVisible();
  expect(await rowsFor(sara.email)).toMatchObject({ users: 1, providers: ["oidc"], sessions: ["sso", "sso"] });
});

test("an organisation that requires SSO refuses a password member; the same member signed in through SSO gets in", async ({
  browser,
  baseURL,
}) => {
  const stamp = Date.now().toString(36);
  const orgName = `Enkelkommunen ${stamp}`;
  const owner = await freshPage(browser, baseURL!);
  await signInWithSso(owner, idpUser("Åsa Ägare", `asa-${stamp}@kommun.example`));
  await expect(myDrafts(owner)).toBeVisible();
  const orgId = await createOrg(owner, orgName);
  const draftId = await newDraftInActiveSpace(owner);

  const memberUser = newUser("Pia Lösenord");
  const member = await freshPage(browser, baseURL!);
  await signUpVerified(member, memberUser);
  const link = await invite(owner, orgId, memberUser.email, "redigerare");
  await member.goto(link);
  await member.getByRole("button", { name: `Gå med i ${orgName}` }).click();
  await expect(member.getByTestId("your-role")).toHaveText("Din roll: redigerare");
  expect((await member.goto(`/drafts/${draftId}/start`))?.status()).toBe(200);

  await owner.goto(`/orgs/${orgId}`);
  await expect(owner.getByTestId("sso-policy")).toHaveText("Medlemmarna får logga in med lösenord.");
  await owner.getByRole("button", { name: "Kräv inloggning med organisationens konto" }).click();
  await expect(owner.getByTestId("sso-policy")).toHaveText("Alla medlemmar måste logga in med organisationens konto.");
  await expectNoAxeViolations(owner);
  // The ägare, signed in through SSO, keeps the drafts.
  expect((await owner.goto(`/drafts/${draftId}/start`))?.status()).toBe(200);

  // The member signed in with a password: refused, and told in Swedish what to do.
  expect((await member.goto(`/drafts/${draftId}/start`))?.status()).toBe(404);
  await member.goto("/drafts");
  const notice = member.getByTestId("sso-required");
  await expect(notice).toContainText(`${orgName} kräver att medlemmarna loggar in med organisationens konto`);
  await expectNoAxeViolations(member);

  // Signed out, then in through the organisation's provider with the same verified address: linked, and in.
  await notice.getByRole("button", { name: "Logga ut" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await signInWithSso(member, idpUser("Pia Lösenord", memberUser.email));
  await expect(myDrafts(member)).toBeVisible();
  await expect(member.getByTestId("sso-required")).toHaveCount(0);
  expect((await member.goto(`/drafts/${draftId}/start`))?.status()).toBe(200);
  expect(await rowsFor(memberUser.email)).toMatchObject({
    users: 1,
    providers: ["credential", "oidc"],
    sessions: ["sso"],
  });
});

test("SSO refuses to link an unverified provider address to an account, and an address outside the allowed domains", async ({
  browser,
  baseURL,
}) => {
  const existing = newUser("Ulla Befintlig");
  const first = await freshPage(browser, baseURL!);
  await signUpVerified(first, existing);

  const page = await freshPage(browser, baseURL!);
  await signInWithSso(page, idpUser("Någon Annan", existing.email, false));
  await expect(page).toHaveURL(/\/sign-in\?error=account_not_linked/);
  await expect(page.getByText("Det finns redan ett konto med den e-postadressen.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await rowsFor(existing.email)).toMatchObject({ users: 1, providers: ["credential"] });

  const outsider = await freshPage(browser, baseURL!);
  const email = `utanfor-${Date.now().toString(36)}@annan.example`;
  await signInWithSso(outsider, idpUser("Utan Domän", email));
  await expect(outsider).toHaveURL(/\/sign-in\?error=email_domain_not_allowed/);
  await expect(outsider.getByText("Din e-postadress hör inte till någon av de organisationer")).toBeVisible();
  expect((await rowsFor(email)).users).toBe(0);
});

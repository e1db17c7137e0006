import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { registry } from "./support/access-registry";
import { enumerate, runMatrix, stats, useSessions } from "./support/access-runner";
import {
  callAction,
  createOrg,
  invite,
  newDraftInActiveSpace,
  session,
  switchSpace,
  type Session,
  type World,
} from "./support/access-world";
import { draftVersion, e2eEngine, query, queryOne } from "./support/e2e-db";
import { makeRemissWorld } from "./support/remiss-world";
import { newUser, type TestUser } from "./support/users";
import { probeAuthSurface, proveJsonRoutesClosed, provePlainlyClosed } from "./support/side-doors";
import { sampleStart } from "../lib/testing/sample-start";

test.describe.configure({ mode: "serial" });

test("every page, route handler and server action is in the access registry", async ({ request }) => {
  const found = enumerate();
  expect(
    found.filter((key) => !(key in registry)),
    "add these to e2e/support/access-registry.ts",
  ).toEqual([]);
  expect(
    Object.keys(registry).filter((key) => !found.includes(key)),
    "registry entries with no code",
  ).toEqual([]);
  // …and the test-only route can call every action file.
  const listing = (await (await request.get("/api/test/actions")).json()) as Record<string, string[]>;
  const actionKeys = found.filter((key) => key.includes("#"));
  const callable = Object.entries(listing).flatMap(([module, names]) => names.map((name) => `${module}#${name}`));
  expect(
    actionKeys.filter((key) => !callable.includes(key)),
    "add the module to app/api/test/actions/route.e2e.ts",
  ).toEqual([]);
});

// ---- three users, two organisations ----
let alice: Session, bob: Session, carol: Session, anon: Session;
let w: World;
const orgName1 = "Exempla kommun";
const orgName2 = "Annan kommun";

async function setUp(browser: Browser, baseURL: string) {
  alice = await session(browser, baseURL, "Alice Ägare");
  carol = await session(browser, baseURL, "Carol Främling");
  anon = await session(browser, baseURL, null);
  const org1 = await createOrg(alice.page, orgName1);
  await expect(alice.page.getByTestId("active-space")).toHaveText(`Arbetsyta: ${orgName1}`);
  const d1 = await newDraftInActiveSpace(alice.page);
  await switchSpace(alice.page, "Personlig arbetsyta");
  const dp = await newDraftInActiveSpace(alice.page);
  await switchSpace(alice.page, orgName1);

  const org2 = await createOrg(carol.page, orgName2);
  const d2 = await newDraftInActiveSpace(carol.page);

  // Bob joins org1 as läsare through a copied invitation link.
  const bobUser: TestUser = newUser("Bob Läsare");
  const link = await invite(alice.page, org1, bobUser.email, "läsare");
  bob = await session(browser, baseURL, null);
  bob.user = bobUser;
  await bob.page.goto("/sign-up");
  await bob.page.getByLabel("Namn").fill(bobUser.name);
  await bob.page.getByLabel("E-postadress").fill(bobUser.email);
  await bob.page.getByLabel("Lösenord").fill(bobUser.password);
  await bob.page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(bob.page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
  await bob.page.goto(new URL(link).pathname);
  await expectNoAxeViolations(bob.page);
  await bob.page.getByRole("button", { name: `Gå med i ${orgName1}` }).click();
  await expect(bob.page.getByTestId("your-role")).toHaveText("Din roll: läsare");

  const export1 = await callAction(alice.request, "lib/exports/actions", "exportPdfAction", [d1]);
  const export2 = await callAction(carol.request, "lib/exports/actions", "exportPdfAction", [d2]);
  const exportId = (reply: typeof export1) => (reply as { value: { data: { exportId: string } } }).value.data.exportId;
  // Exports render in the worker pool after the action answers; the matrix
  // downloads them, so wait until both are ready.
  for (const [as, draftId, reply] of [
    [alice, d1, export1],
    [carol, d2, export2],
  ] as const) {
    await expect
      .poll(
        async () =>
          (
            (await (await as.request.get(`/drafts/${draftId}/exports/${exportId(reply)}/status`)).json()) as {
              status: string;
            }
          ).status,
        {
          timeout: 60_000,
        },
      )
      .toBe("ready");
  }

  const R = "lib/requirements/actions";
  const requirement = {
    text: "Lösningen ska logga varje inloggning.",
    level: "ska",
    kravtyp: "KF",
    verifikat: "Demonstration.",
  };
  const requirementId = async (as: typeof alice, draftId: string) => {
    const reply = (await callAction(as.request, R, "createRequirementAction", [draftId, "kundnytta", requirement])) as {
      value: { ok: boolean };
    };
    expect(reply.value.ok).toBe(true);
    const row = await queryOne<{ id: string }>(
      `SELECT id FROM "Requirement" WHERE "draftId" = ? ORDER BY "createdAt" DESC, number DESC LIMIT 1`,
      [draftId],
    );
    return row!.id;
  };
  // A saved Start step gives each draft its first revision.
  for (const [as, draftId] of [
    [alice, d1],
    [carol, d2],
  ] as const) {
    const saved = (await callAction(as.request, "lib/drafts/actions", "saveStartStepAction", [
      draftId,
      1,
      sampleStart,
    ])) as { value: { ok: boolean } };
    expect(saved.value.ok).toBe(true);
  }
  const revisionId = async (draftId: string) =>
    (await queryOne<{ id: string }>(`SELECT id FROM "DraftRevision" WHERE "draftId" = ? ORDER BY "createdAt" LIMIT 1`, [
      draftId,
    ]))!.id;
  const rev1 = await revisionId(d1);
  const rev2 = await revisionId(d2);
  const r1 = await requirementId(alice, d1);
  const rDel = await requirementId(alice, d1);
  const r2 = await requirementId(carol, d2);
  const libraryEntry = async (as: typeof alice, draftId: string, reqId: string) => {
    const reply = (await callAction(as.request, "lib/library/actions", "saveToLibraryAction", [
      draftId,
      { requirementId: reqId, title: "Loggning av inloggningar", tags: "säkerhet" },
    ])) as { value: { ok: boolean; data: { id: string } } };
    expect(reply.value.ok).toBe(true);
    return reply.value.data.id;
  };
  const lib1 = await libraryEntry(alice, d1, r1);
  const libDel = await libraryEntry(alice, d1, r1);
  const lib2 = await libraryEntry(carol, d2, r2);

  const inv1Link = await invite(alice.page, org1, "nagon-annan@kommun.example", "redigerare");
  const cancelLink = await invite(alice.page, org1, "aterkallas@kommun.example", "läsare");
  const sessionOf = { owner: alice, foreign: carol, signedOut: anon, reader: bob, removed: bob };
  const remiss = await makeRemissWorld(
    (actor, module, name, args) => callAction(sessionOf[actor].request, module, name, args),
    { d1, d2, r1, r2 },
  );
  // Aged past its expiry (deadline + grace), like an invitation below.
  await query(`UPDATE "RemissReviewer" SET "expiresAt" = ? WHERE id = ?`, [
    new Date(Date.now() - 60_000),
    remiss.tokExpiredReviewer,
  ]);
  const memberId = async (org: string, email: string) =>
    (await queryOne<{ id: string }>(
      `SELECT m.id FROM "Member" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = ? AND u.email = ?`,
      [org, email],
    ))!.id;
  const versions = new Map<string, number>();
  w = {
    ...remiss,
    org1,
    org2,
    d1,
    dp,
    d2,
    e1: exportId(export1),
    e2: exportId(export2),
    r1,
    rDel,
    r2,
    rev1,
    rev2,
    lib1,
    libDel,
    lib2,
    aliceMember: await memberId(org1, alice.user!.email),
    bobMember: await memberId(org1, bobUser.email),
    carolMember: await memberId(org2, carol.user!.email),
    inv1: new URL(inv1Link).pathname.split("/")[2]!,
    invCancel: new URL(cancelLink).pathname.split("/")[2]!,
    version: (id) => versions.get(id) ?? 1,
    refresh: async () => {
      for (const id of [d1, dp, d2]) versions.set(id, await draftVersion(id));
    },
  };
}

test("set-up: three users, two organisations, an invitation accepted through its link", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await setUp(browser, baseURL!);
  useSessions({ owner: alice, reader: bob, foreign: carol, signedOut: anon, removed: bob });
  await alice.page.goto("/drafts");
  // Each draft names its space on the dashboard (issue 14: one list across spaces).
  await expect(alice.page.getByTestId("dashboard-space").filter({ hasText: orgName1 }).first()).toBeVisible();
  await expect(alice.page.getByTestId("dashboard-space").filter({ hasText: "Personlig arbetsyta" })).toBeVisible();
  await expectNoAxeViolations(alice.page);
  await alice.page.goto(`/orgs/${w.org1}`);
  await expectNoAxeViolations(alice.page);
  // Bob, a läsare, cannot create drafts in org1 and is told which role he needs.
  await bob.page.goto("/drafts");
  await expect(bob.page.getByText("Du är läsare i Exempla kommun")).toBeVisible();
});

test("every id-taking endpoint answers members rightly and everyone else 404/403", async () => {
  test.setTimeout(240_000);
  await runMatrix(w, "members");
  // A refused switch leaves the active space alone. (Better Auth's own
  // get-full-organization resets it on a foreign id, so set it again first.)
  await switchSpace(carol.page, orgName2);
  const reply = await callAction(carol.request, "lib/orgs/actions", "switchSpaceAction", [
    { __formData: { organizationId: w.org1 } },
  ]);
  expect(reply).toMatchObject({ kind: "redirect", location: "/drafts" });
  await carol.page.goto("/drafts");
  await expect(carol.page.getByTestId("active-space")).toHaveText(`Arbetsyta: ${orgName2}`);
});

test("the auth HTTP surface: every Better Auth path is on the allowlist or 404", async ({ baseURL }) => {
  const tried = await probeAuthSurface(alice.request, anon.request, baseURL!, w.org1);
  await provePlainlyClosed(alice.request, baseURL!, w.org1);
  test.info().annotations.push({ type: "auth-surface", description: `${tried} Better Auth endpoints tried` });
});

test("JSON routes refuse a foreign Origin (403) and a body not sent as JSON (415)", async ({ baseURL }) => {
  await proveJsonRoutesClosed(alice.request, baseURL!, w.d1, await draftVersion(w.d1));
});

test("invitations: a revoked link and an expired link cannot be used", async () => {
  // invCancel was revoked by the owner in the matrix.
  const status = await queryOne<{ status: string }>(`SELECT status FROM "Invitation" WHERE id = ?`, [w.invCancel]);
  expect(status?.status).toBe("canceled");
  // An invitation for carol, then aged past its expiry.
  const link = await invite(alice.page, w.org1, carol.user!.email, "läsare");
  const id = new URL(link).pathname.split("/")[2]!;
  await carol.page.goto(`/invite/${id}`);
  await expect(carol.page.getByRole("button", { name: `Gå med i ${orgName1}` })).toBeVisible();
  await query(`UPDATE "Invitation" SET "expiresAt" = ? WHERE id = ?`, [new Date(Date.now() - 60_000), id]);
  await carol.page.reload();
  await expect(carol.page.getByTestId("invite-state")).toHaveText(
    "Inbjudan har gått ut. Be en ägare om en ny inbjudan.",
  );
  const reply = await callAction(carol.request, "lib/orgs/actions", "acceptInvitationAction", [id]);
  expect(reply).toMatchObject({ kind: "result", value: { ok: false, code: "NOT_FOUND" } });
  // A revoked one reads as used.
  await carol.page.goto(`/invite/${w.invCancel}`);
  await expect(carol.page.getByTestId("invite-state")).toHaveText("Inbjudan har redan använts eller återkallats.");
});

test("a role change takes effect on the next request; a removed member loses everything", async () => {
  const save = async () =>
    callAction(bob.request, "lib/drafts/actions", "saveStartStepAction", [w.d1, await draftVersion(w.d1), sampleStart]);
  expect(await save()).toMatchObject({ value: { ok: false, code: "FORBIDDEN_EDITOR" } });

  await alice.page.goto(`/orgs/${w.org1}`);
  const row = alice.page.getByTestId(`member-${bob.user!.email}`);
  await row.getByLabel(`Ändra roll för ${bob.user!.name}`).selectOption({ label: "redigerare" });
  await row.getByRole("button", { name: "Spara roll" }).click();
  await expect(async () => expect(await save()).toMatchObject({ value: { ok: true } })).toPass({ timeout: 10_000 });

  await alice.page.reload();
  await alice.page
    .getByTestId(`member-${bob.user!.email}`)
    .getByRole("button", { name: `Ta bort ${bob.user!.name}` })
    .click();
  await expect(alice.page.getByTestId(`member-${bob.user!.email}`)).toHaveCount(0);
  const log = alice.page.getByTestId("audit-log");
  await expect(log).toContainText("Roll ändrad");
  await expect(log).toContainText("Medlem borttagen");
  await expect(log).toContainText("Medlem tillagd");

  await runMatrix(w, "removed");
  await bob.page.goto("/drafts");
  await expect(bob.page.getByTestId("active-space")).toHaveText("Arbetsyta: Personlig arbetsyta");
});

test("sign-in is rate-limited per account with a Swedish message, and recovers", async ({ page }) => {
  test.setTimeout(60_000);
  const user = carol.user!;
  await page.goto("/sign-in");
  const attempt = async (password: string) => {
    await page.getByLabel("E-postadress").fill(user.email);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  };
  // AUTH_RATE_LIMIT_ACCOUNT=4 per 8 s in playwright.config.ts.
  for (let i = 0; i < 4; i += 1) {
    await attempt("fel-lösenord-123");
    await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  }
  await attempt(user.password);
  await expect(page.getByText("För många försök. Vänta en stund och försök igen.")).toBeVisible();
  await page.waitForTimeout(8_500);
  await attempt(user.password);
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
});

test("security headers and a nonce CSP; the app works in Chromium with no CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp).toContain(d);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain http here
  const second = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  expect(second).not.toBe(csp);
  // Every script carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);

  // Hydrated client code runs: a client-validated empty submit shows the summary.
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Det finns ett problem" })).toBeFocused();
  const user = newUser("Csp Användare");
  await page.goto("/sign-up");
  await page.getByLabel("Namn").fill(user.name);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
  // The session cookie is out of scripts' reach and not sent on cross-site POSTs (Secure needs https).
  const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/start$/);
  await page.goto("/orgs");
  await expect(page.getByRole("heading", { level: 1, name: "Organisationer" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Client-side validation on the create form, then a real create under the CSP.
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Det finns ett problem" })).toBeFocused();
  await page.getByLabel("Organisationens namn").fill("Csp kommun");
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Csp kommun" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a warning before the session expires offers to stay signed in", async () => {
  const page = await alice.context.newPage();
  await page.clock.install();
  await page.goto("/drafts");
  // The warning reads the clock when it hydrates; jump only after that.
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  // Sessions last seven days; jump to four minutes before the end.
  await page.clock.fastForward((7 * 24 * 60 - 4) * 60_000);
  const dialog = page.getByRole("alertdialog", { name: "Du loggas snart ut" });
  await expect(dialog).toBeVisible();
  // Alice signed in when the spec began; on a loaded machine more than a
  // minute may have passed since, so up to four minutes remain.
  await expect(dialog).toContainText(/Din inloggning går ut om [1-4] minut(er)?\./);
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Förbli inloggad" }).click();
  await expect(dialog).toHaveCount(0);
  await page.close();
});

test("oversized request bodies get a clear 413 TOO_LARGE", async () => {
  const big = "x".repeat(1024 * 1024 + 10);
  const response = await alice.request.post("/api/test/actions", {
    data: { module: "lib/drafts/actions", action: "saveStartStepAction", args: [w.d1, 1, { title: big }] },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toMatchObject({ code: "TOO_LARGE" });
  // A server action post of the same size is refused the same way, before any parsing.
  const page = await alice.context.newPage();
  await page.goto("/drafts");
  const actionId = await page.locator('input[type="hidden"][name^="$ACTION_ID_"]').first().getAttribute("name");
  const viaAction = await alice.request.post("/drafts", {
    headers: { "next-action": actionId!.replace("$ACTION_ID_", ""), "content-type": "text/plain;charset=UTF-8" },
    data: big,
  });
  expect(viaAction.status()).toBe(413);
  expect(await viaAction.json()).toMatchObject({ ok: false, code: "TOO_LARGE" });
  await page.close();
});

test.afterAll(async () => {
  test.info().annotations.push({
    type: "access-figures",
    description: `${stats.endpoints} id-taking endpoints, ${stats.attempts} attempts, ${stats.denied} expected denials; known gaps: ${stats.gaps.length}`,
  });
  console.log(
    `[access] ${e2eEngine}: id-taking endpoints: ${stats.endpoints}; attempts: ${stats.attempts}; ` +
      `by someone other than the rightful user: ${stats.crossTenant}; expected denials (404/403/401/sign-in/error code): ${stats.denied}`,
  );
  for (const gap of stats.gaps) console.log(`[access] known gap: ${gap}`);
  for (const s of [alice, bob, carol, anon]) await s?.context.close();
});

import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { RemissWorld } from "./remiss-world";
import { newUser, signUp, type TestUser } from "./users";

export type Actor = "owner" | "reader" | "foreign" | "signedOut" | "removed";

export type World = RemissWorld & {
  org1: string; // Exempla kommun: alice ägare, bob läsare (later removed)
  org2: string; // Annan kommun: carol ägare
  d1: string; // alice's draft in org1
  dp: string; // alice's personal draft
  d2: string; // carol's draft in org2
  e1: string; // export of d1
  e2: string; // export of d2
  r1: string; // a requirement of d1
  rDel: string; // a requirement of d1 that the owner deletes in the matrix
  r2: string; // a requirement of d2
  rev1: string; // a revision of d1
  rev2: string; // a revision of d2
  lib1: string; // an org1 library entry (saved from d1)
  libDel: string; // an org1 library entry the owner removes in the matrix
  lib2: string; // an org2 library entry (saved from d2)
  aliceMember: string;
  bobMember: string;
  carolMember: string;
  inv1: string; // pending org1 invitation for someone else
  invCancel: string; // pending org1 invitation the owner revokes in the matrix
  // Read while an entry's attempts are built, which is synchronous: from a
  // snapshot that `refresh` (when given) brings up to date before each entry.
  version(draftId: string): number;
  refresh?(): Promise<void>;
};

export type Session = { user: TestUser | null; context: BrowserContext; page: Page; request: APIRequestContext };

export async function session(browser: Browser, baseURL: string, name: string | null): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale: "sv-SE" });
  const page = await context.newPage();
  const user = name ? newUser(name) : null;
  if (user) await signUp(page, user);
  return { user, context, page, request: context.request };
}

export type ActionReply =
  | { kind: "result"; value: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "http"; status: number }
  | { kind: "error" | "unknown"; code?: string };

// Calls a server action exactly as the signed-in user of `request` would.
export async function callAction(
  request: APIRequestContext,
  module: string,
  action: string,
  args: unknown[],
): Promise<ActionReply> {
  const response = await request.post("/api/test/actions", { data: { module, action, args } });
  expect([200, 400, 500], `test route answered ${response.status()}`).toContain(response.status());
  return (await response.json()) as ActionReply;
}

export async function createOrg(page: Page, name: string): Promise<string> {
  await page.goto("/orgs");
  await page.getByLabel("Organisationens namn").fill(name);
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/orgs/")[1]!;
}

export async function newDraftInActiveSpace(page: Page): Promise<string> {
  await page.goto("/drafts");
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  return page
    .url()
    .split("/drafts/")[1]!
    .replace(/\/start$/, "");
}

export async function switchSpace(page: Page, label: string): Promise<void> {
  await page.goto("/drafts");
  await page.getByLabel("Aktiv arbetsyta").selectOption({ label });
  await page.getByRole("button", { name: "Byt arbetsyta" }).click();
  await expect(page.getByTestId("active-space")).toHaveText(`Arbetsyta: ${label}`);
}

export async function invite(
  page: Page,
  orgId: string,
  email: string,
  role: "ägare" | "redigerare" | "läsare",
): Promise<string> {
  await page.goto(`/orgs/${orgId}`);
  await page.getByLabel("Kollegans e-postadress").fill(email);
  await page.getByLabel("Roll", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Skapa inbjudningslänk" }).click();
  const link = await page.getByLabel("Inbjudningslänk").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  return link;
}

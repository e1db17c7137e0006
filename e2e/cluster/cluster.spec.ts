import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { newDraft, saveDraft, titleField } from "../support/autosave";
import { newUser, signIn, signUp, type TestUser } from "../support/users";
import { instancePorts, pinHeader } from "./ports";

// Two instances behind nginx on one PostgreSQL database (global-setup.ts).
// A page is pinned to one instance with a header nginx routes on; nginx's
// access log says which instance answered each request.
const pin = (page: Page, instance: 0 | 1) => page.setExtraHTTPHeaders({ [pinHeader]: String(instance) });
const unpin = (page: Page) => page.setExtraHTTPHeaders({});
const servedBy = (method: string, path: RegExp) =>
  readFileSync(process.env.CLUSTER_ACCESS_LOG!, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(" "))
    .filter(([m, p]) => m === method && path.test(p!))
    .map((fields) => Number(fields[3]!.split(":")[1]));

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.CLUSTER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

let author: TestUser;

test.describe.configure({ mode: "serial" });

test("signed in through one instance, autosaving through the other, the conflict dialog across them", async ({
  page,
  context,
}) => {
  author = newUser("Ines Instans");
  await pin(page, 0);
  await signUp(page, author);
  const startUrl = await newDraft(page);
  const draftId = /\/drafts\/([a-z0-9]+)\//.exec(startUrl)![1]!;

  // The session made by instance 0 is good on instance 1, which saves.
  await pin(page, 1);
  await titleField(page).fill("Sparad genom instans 1");
  await saveDraft(page);
  expect(servedBy("POST", /^\/sign-up$/)).toContain(instancePorts[0]);
  const saves = servedBy("PUT", new RegExp(`^/api/drafts/${draftId}/start$`));
  expect(saves.length).toBeGreaterThan(0);
  expect(new Set(saves)).toEqual(new Set([instancePorts[1]]));

  // A second tab on instance 0 still holds the old version: its save meets
  // the conflict dialog, with the other instance's title as the other version.
  const second = await context.newPage();
  await pin(second, 0);
  await second.goto(startUrl);
  await expect(titleField(second)).toHaveValue("Sparad genom instans 1");
  await pin(page, 1);
  await titleField(page).fill("Ändrad igen genom instans 1");
  await saveDraft(page);
  await titleField(second).fill("Ändrad genom instans 0");
  await titleField(second).blur();
  const dialog = second.getByRole("dialog", { name: "Någon annan har ändrat kravspecifikationen" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("group", { name: "Titel på kravspecifikationen" })).toContainText(
    "Ändrad igen genom instans 1",
  );
  expect(servedBy("PUT", new RegExp(`^/api/drafts/${draftId}/start$`))).toContain(instancePorts[0]);
});

test("the sign-in limit holds across both instances", async ({ page, context }) => {
  const rita = newUser("Rita Räknare");
  await signUp(page, rita);
  await context.clearCookies();
  // AUTH_RATE_LIMIT_ACCOUNT=4 (global-setup.ts): four wrong passwords, two
  // on each instance; each instance alone has seen only two.
  const attempt = async (instance: 0 | 1, password: string) => {
    await pin(page, instance);
    await page.goto("/sign-in");
    await page.getByLabel("E-postadress").fill(rita.email);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  };
  for (const instance of [0, 1, 0, 1] as const) {
    await attempt(instance, "fel-lösenord-123");
    await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  }
  await attempt(0, rita.password);
  await expect(page.getByText("För många försök. Vänta en stund och försök igen.")).toBeVisible();
  await attempt(1, rita.password);
  await expect(page.getByText("För många försök. Vänta en stund och försök igen.")).toBeVisible();
});

test("an instance killed mid-export: the other one finishes the job", async ({ page }) => {
  test.setTimeout(150_000);
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [author.email]);
  const [draft] = await sql<{ id: string; version: number }>(
    `SELECT id, version FROM "Draft" WHERE "createdById" = $1`,
    [user!.id],
  );
  // A pending export of 400 requirements (seconds of rendering), written as
  // the export action writes it; the queue of either instance may take it.
  const exportId = `e${Date.now().toString(36)}`;
  await sql(
    `INSERT INTO "Export" (id, "draftId", "draftVersion", format, sequence, status, locale, snapshot, "createdById")
     VALUES ($1, $2, $3, 'pdf', 1, 'pending', 'sv', $4::jsonb, $5)`,
    [exportId, draft!.id, draft!.version, JSON.stringify(sampleDocument(sampleSource(400))), user!.id],
  );
  const job = () =>
    sql<{ status: string; attempts: number; leaseOwner: string | null }>(
      `SELECT status, attempts, "leaseOwner" FROM "Export" WHERE id = $1`,
      [exportId],
    ).then((rows) => rows[0]!);
  await expect.poll(async () => (await job()).leaseOwner, { timeout: 30_000 }).not.toBeNull();
  const taken = await job();
  expect(taken.status).toBe("pending");
  const pids = process.env.CLUSTER_PIDS!.split(",").map(Number);
  const holder = pids.find((pid) => taken.leaseOwner!.split(":")[1] === String(pid));
  expect(holder, `lease owner ${taken.leaseOwner} is one of the instances ${pids.join(",")}`).toBeDefined();
  process.kill(-holder!, "SIGKILL");

  await expect.poll(async () => (await job()).status, { timeout: 120_000, intervals: [1000] }).toBe("ready");
  const done = await job();
  expect(done.attempts).toBe(2);
  expect(done.leaseOwner!.split(":")[1]).not.toBe(String(holder));

  // Through the load balancer (the dead instance is skipped) the author sees it.
  await unpin(page);
  await signIn(page, author);
  await page.goto(`/drafts/${draft!.id}/export`);
  const row = page.getByTestId("export-list").getByRole("row").nth(1);
  await expect(row).toContainText("Klar");
});

import { expect, test, type Page } from "@playwright/test";
import { createOrg } from "./support/access-world";
import { expectNoAxeViolations } from "./support/axe";
import { seedDrafts } from "./support/dashboard-factory";
import { newUser, signUp } from "./support/users";
import { saveDraft } from "./support/autosave";

// The procurer's desk (issue 14): search, filters, sort and pages through the
// URL with real drafts; "Ny från mall" from a kind and from an organisation
// template.

const rows = (page: Page) => page.getByTestId("dashboard-row");
const summary = (page: Page) => page.getByTestId("dashboard-summary");

async function firstDraft(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  return /\/drafts\/([a-z0-9]+)\/start$/.exec(page.url())![1]!;
}

test("the dashboard searches, filters, sorts and pages through real drafts, also without JavaScript", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const user = newUser("Dagny Dashboard");
  await signUp(page, user);
  const anchor = await firstDraft(page);
  // 29 ordinary drafts (one changed a minute ago … 29 minutes ago), plus three to find.
  seedDrafts(
    anchor,
    Array.from({ length: 29 }, (_, i) => ({
      title: `Upphandling nummer ${String(i + 1).padStart(2, "0")}`,
      minutesAgo: i + 1,
    })),
  );
  seedDrafts(anchor, [
    { title: "Bygglov e-tjänst Åre", minutesAgo: 40, status: "ready" },
    {
      title: "Arkivsystem Umeå",
      minutesAgo: 50,
      completedSteps: ["juridik"],
      requirements: [{ perspective: "juridik", text: "Leverantören ska följa arkivlagen vid gallring." }],
    },
    { title: "Ärendehantering Lund", minutesAgo: 60 },
  ]);

  await page.goto("/drafts");
  // 33 drafts: the empty one from the button plus 32 seeded, 25 a page.
  await expect(summary(page)).toHaveText("Visar 1–25 av 33");
  await expect(rows(page)).toHaveCount(25);
  await expect(rows(page).nth(1)).toContainText("Upphandling nummer 01");
  await expect(rows(page).first()).toContainText("0 av 7 avsnitt klara");
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Sidor" }).getByRole("link", { name: "Nästa sida" }).click();
  await expect(summary(page)).toHaveText("Visar 26–33 av 33");
  await expect(page).toHaveURL(/\/drafts\?page=2$/);
  await expect(rows(page).last()).toContainText("Ärendehantering Lund");

  // Search by title, then by a requirement's text.
  await page.getByLabel("Sök på titel och kravtext").fill("Bygglov");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/q=Bygglov/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Bygglov e-tjänst Åre");
  await expect(rows(page).first()).toContainText("Klar");
  await page.getByLabel("Sök på titel och kravtext").fill("arkivlagen");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  const archive = rows(page).first();
  await expect(archive).toContainText("Arkivsystem Umeå");
  await expect(archive).toContainText("KN 0, JU 1, AM 0, OR 0");
  await expect(archive).toContainText("1 av 7 avsnitt klara");
  await expect(archive).toContainText("Luckor: Kundnytta, Arbetsmiljö, Organisation");
  await expect(archive).toContainText("Inte exporterad");
  await expect(archive).toContainText(`av ${user.name}`);
  await expect(archive.getByRole("link", { name: /kvalitetsvarning/ })).toBeVisible();

  // Filters: status, and a perspective with gaps (Juridik is written and Klar only in the archive draft).
  await page.getByLabel("Sök på titel och kravtext").fill("");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Klar" });
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Bygglov e-tjänst Åre");
  await page.goto("/drafts?gap=juridik");
  await expect(summary(page)).toHaveText("Visar 1–25 av 32");
  await expect(page.getByText("Arkivsystem Umeå")).toHaveCount(0);
  await expect(page.getByLabel("Perspektiv med luckor")).toHaveValue("juridik");

  // Sort by title: Swedish letters sort after z in SQLite's binary order, so Å/Ä come last.
  await page.goto("/drafts");
  await page.getByLabel("Sortera efter").selectOption({ label: "Titel" });
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/sort=title/);
  // The untitled draft (empty title) sorts first.
  await expect(rows(page).nth(1)).toContainText("Arkivsystem Umeå");
  await expect(rows(page).nth(2)).toContainText("Bygglov e-tjänst Åre");
  // Paging keeps the sort.
  await page.getByRole("link", { name: "Nästa sida" }).click();
  await expect(page).toHaveURL(/sort=title&page=2/);
  await expect(rows(page).last()).toContainText("Ärendehantering Lund");

  // Without JavaScript the GET form and the page links still work.
  const cookies = await page.context().cookies();
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "sv-SE" });
  await noJs.addCookies(cookies);
  const plain = await noJs.newPage();
  await plain.goto("/drafts");
  await plain.getByLabel("Sök på titel och kravtext").fill("Upphandling");
  await plain.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(summary(plain)).toHaveText("Visar 1–25 av 29");
  await plain.getByRole("link", { name: "Nästa sida" }).click();
  await expect(summary(plain)).toHaveText("Visar 26–29 av 29");
  await expect(plain).toHaveURL(/q=Upphandling&page=2/);
  await noJs.close();
});

test("Ny från mall: a kind pre-fills Start and adds its starting set; an ägare's template is offered first", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("Tora Mall"));
  await page.goto("/drafts");
  await page.getByRole("link", { name: "Ny från mall" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny från mall" })).toBeVisible();
  await expectNoAxeViolations(page);

  // From a kind: Välfärdsteknik.
  await page.getByLabel("Välfärdsteknik").check();
  await page.getByLabel("Titel på den nya kravspecifikationen").last().fill("Trygghetslarm 2027");
  await page.getByRole("button", { name: "Skapa från mall" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  await expect(page.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue("Trygghetslarm 2027");
  await expect(page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)")).toBeChecked();
  await page.goto("/drafts?q=Trygghetslarm");
  const row = page.getByTestId("dashboard-row");
  await expect(row).toHaveCount(1);
  // The starting set: requirements in every perspective.
  await expect(row).toContainText(/KN [1-9], JU [1-9], AM [1-9], OR [1-9]/);

  // An organisation template: the ägare marks a draft, and it is listed first.
  await createOrg(page, "Mallinge kommun");
  await page.goto("/drafts");
  const orgDraft = await firstDraft(page);
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill("E-arkiv mall");
  // Start has autosave and "Spara och fortsätt" (which needs every answer): autosave it.
  await saveDraft(page);
  seedDrafts(orgDraft, [
    {
      title: "Ett senare utkast",
      minutesAgo: 0,
      requirements: [{ perspective: "kundnytta", text: "Invånaren ska se status." }],
    },
  ]);
  await page.goto("/drafts?q=E-arkiv");
  await page.getByRole("button", { name: "Gör till mall E-arkiv mall" }).click();
  await expect(page.getByRole("button", { name: "Ta bort som mall E-arkiv mall" })).toBeVisible();
  await expect(page.getByTestId("dashboard-row")).toContainText("Utkast · Mall · Mallinge kommun");
  await expectNoAxeViolations(page);

  await page.goto("/drafts/new");
  const source = page.getByLabel("Utgå från", { exact: true });
  const groups = source.locator("optgroup");
  await expect(groups.first()).toHaveAttribute("label", "Organisationens mallar");
  await expect(groups.first().locator("option")).toHaveText(["E-arkiv mall (Mallinge kommun)"]);
  await source.selectOption({ label: "E-arkiv mall (Mallinge kommun)" });
  await page.getByLabel("Titel på den nya kravspecifikationen").first().fill("E-arkiv Mallinge 2027");
  await page.getByRole("button", { name: "Skapa kopia" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  expect(page.url()).not.toContain(orgDraft);
  await expect(page.getByLabel("Titel på kravspecifikationen", { exact: true })).toHaveValue("E-arkiv Mallinge 2027");
});

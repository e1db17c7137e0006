import { expect, test } from "@playwright/test";
import { createOrg, newDraftInActiveSpace, session } from "./support/access-world";
import { expectNoAxeViolations } from "./support/axe";
import { seedRequirements } from "./support/review-factory";

// Issue 17's organisation library: a requirement saved in one draft is a
// suggestion in the organisation's next draft, and nowhere else.
test("a requirement saved to the library in one draft appears as a suggestion in a second draft of the same organisation, and not in another organisation", async ({
  browser,
  baseURL,
}) => {
  const text = "Invånaren ska få en kvittens per e-post när ansökan har kommit in.";
  const title = "Kvittens per e-post";
  const alice = await session(browser, baseURL!, "Agnes Ägare");
  const orgId = await createOrg(alice.page, "Biblioteksby kommun");
  const first = await newDraftInActiveSpace(alice.page);
  seedRequirements(first, [{ perspective: "kundnytta", text, level: "ska", kravtyp: "KF", verifikat: "Test." }]);

  const page = alice.page;
  await page.goto(`/drafts/${first}/kundnytta`);
  await page.getByText("Spara ett krav i organisationens bibliotek").click();
  await page.getByLabel("Krav att spara").selectOption({ label: `KN-1: ${text}` });
  await page.getByLabel("Rubrik i biblioteket").fill(title);
  await page.getByLabel("Taggar (valfritt)").fill("e-tjänst, kvittens");
  await page.getByRole("button", { name: "Spara i biblioteket" }).click();
  await expect(page.getByText("Kravet är sparat i organisationens bibliotek.")).toBeVisible();
  // A second draft of the same organisation offers it, marked as the library's.
  const second = await newDraftInActiveSpace(page);
  await page.goto(`/drafts/${second}/kundnytta`);
  const library = page.getByTestId("library-panel");
  await expect(library.getByRole("heading", { level: 2, name: "Från er organisations bibliotek" })).toBeVisible();
  await expect(library.getByRole("heading", { level: 3, name: title })).toBeVisible();
  await expect(library).toContainText("Sparat från KN-1");
  await expect(library).toContainText("Taggar: e-tjänst, kvittens");
  await expectNoAxeViolations(page);
  await library.getByRole("button", { name: "Lägg till" }).click();
  await expect(page.getByTestId("requirements-status")).toContainText("KN-1");
  await expect(page.getByTestId("library-panel")).toHaveCount(0);

  // The library page lists it with its provenance; the ägare may remove it.
  await page.goto(`/orgs/${orgId}/bibliotek`);
  await expect(page.getByTestId("library-entries")).toContainText(title);
  await expect(page.getByRole("button", { name: `Ta bort ${title} ur biblioteket` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Another organisation's draft never sees it.
  const carol = await session(browser, baseURL!, "Cecilia Annan");
  await createOrg(carol.page, "Annanstad kommun");
  const foreign = await newDraftInActiveSpace(carol.page);
  await carol.page.goto(`/drafts/${foreign}/kundnytta`);
  await expect(carol.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(carol.page.getByTestId("library-panel")).toHaveCount(0);
  await expect(carol.page.getByText(title)).toHaveCount(0);
  const response = await carol.page.goto(`/orgs/${orgId}/bibliotek`);
  expect(response?.status()).toBe(404);
  await expect(carol.page.getByText(title)).toHaveCount(0);
  await alice.context.close();
  await carol.context.close();
});

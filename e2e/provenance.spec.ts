import { expect, test } from "@playwright/test";
import { suggestions } from "../lib/catalog";
import { clearCatalogRevision, reviseSuggestion } from "./support/catalog-overlay";
import { newUser, signUp } from "./support/users";
import { acceptFirstSuggestions, requirementItem, startCloudEServiceDraft, workspaceStatus } from "./support/wizard";

// A requirement adopted from a suggestion keeps the catalog revision it came
// from; when a later release changes the suggestion, the draft shows
// "Källan har reviderats" in the editor, in Granska and on the dashboard, and
// "Använd den nya lydelsen" takes the new wording into the history.
test.afterEach(() => clearCatalogRevision());

test("a revised catalog source is shown and the new wording can be taken", async ({ page }) => {
  clearCatalogRevision();
  await signUp(page, newUser("Källa Kontroll"));
  const draftUrl = await startCloudEServiceDraft(page);
  await page.goto(`${draftUrl}/juridik`);
  const [accepted] = await acceptFirstSuggestions(page, 1);
  const { code, text } = accepted!;
  const suggestion = suggestions.find((candidate) => candidate.text === text.trim());
  expect(suggestion, "the accepted text is a catalog suggestion").toBeDefined();
  const item = requirementItem(page, code);
  await expect(item.getByRole("region", { name: "Källan har reviderats" })).toHaveCount(0);

  // A later catalog release rewrites the suggestion.
  const revised = `${suggestion!.text} Kravet gäller även reservrutiner som leverantören ansvarar för.`;
  reviseSuggestion(suggestion!.id, { text: revised });

  await page.goto("/drafts");
  await expect(page.getByRole("link", { name: "Källan har reviderats för 1 krav" })).toBeVisible();
  await page.getByRole("link", { name: "Källan har reviderats för 1 krav" }).click();
  const granska = page.getByRole("region", { name: "Källan har reviderats" });
  await expect(granska).toContainText(code);
  await granska.getByRole("link", { name: new RegExp(`^${code}:`) }).click();

  const notice = requirementItem(page, code).getByRole("region", { name: "Källan har reviderats" });
  await expect(notice).toBeVisible();
  await expect(notice.locator("ins")).toContainText("reservrutiner");
  await notice.getByRole("button", { name: `Använd den nya lydelsen ${code}` }).click();
  await expect(workspaceStatus(page, "requirements")).toHaveText(`${code} har fått katalogens nya lydelse.`);
  await expect(requirementItem(page, code).locator("p").first()).toHaveText(revised);
  await expect(notice).toHaveCount(0);

  await page.goto(`${draftUrl}/history`);
  await expect(page.getByRole("cell", { name: "Ny lydelse från katalogen" })).toBeVisible();
});

test("keeping one's own wording clears the alert and is recorded", async ({ page }) => {
  clearCatalogRevision();
  await signUp(page, newUser("Egen Lydelse"));
  const draftUrl = await startCloudEServiceDraft(page);
  await page.goto(`${draftUrl}/organisation`);
  const [accepted] = await acceptFirstSuggestions(page, 1);
  const suggestion = suggestions.find((candidate) => candidate.text === accepted!.text.trim())!;
  reviseSuggestion(suggestion.id, { motiv: `${suggestion.motiv} Motivet har förtydligats i en senare utgåva.` });
  await page.reload();
  const notice = requirementItem(page, accepted!.code).getByRole("region", { name: "Källan har reviderats" });
  await expect(notice.locator("ins")).toContainText("förtydligats");
  await notice.getByRole("button", { name: `Behåll min lydelse ${accepted!.code}` }).click();
  await expect(workspaceStatus(page, "requirements")).toHaveText(`${accepted!.code} behåller din lydelse.`);
  await expect(notice).toHaveCount(0);
  await expect(requirementItem(page, accepted!.code).locator("p").first()).toHaveText(accepted!.text.trim());
  await page.goto(`${draftUrl}/history`);
  await expect(page.getByRole("cell", { name: "Egen lydelse behållen när källan reviderades" })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedRequirements } from "./support/review-factory";
import { newUser, signUp } from "./support/users";
import { startCloudEServiceDraft } from "./support/wizard";

// Issue 17's uppföljningsplan: generated from the requirements' uppföljning
// fields, marked done with a date, and due items on the dashboard.
test("the uppföljningsplan lists every requirement with an uppföljning, and an item marked done shows its date", async ({
  page,
}) => {
  await signUp(page, newUser("Ulla Uppföljare"));
  const draftUrl = await startCloudEServiceDraft(page);
  const draftId = draftUrl.split("/drafts/")[1]!;
  const [kn, ju, am] = seedRequirements(draftId, [
    {
      perspective: "kundnytta",
      text: "Invånaren ska kunna se ärendets status.",
      level: "ska",
      kravtyp: "KF",
      uppfoljning: "Stickprov vid leverans.",
    },
    { perspective: "juridik", text: "Avtalet ska följa LOU.", level: "ska", kravtyp: "AV" },
    {
      perspective: "arbetsmiljo",
      text: "Handläggaren ska kunna pausa utan att förlora arbete.",
      level: "ska",
      kravtyp: "KQ",
      uppfoljning: "Enkät till handläggarna årligen.",
    },
  ]);

  await page.goto(`/drafts/${draftId}`);
  await page.getByRole("link", { name: "Uppföljningsplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uppföljningsplan" })).toBeVisible();
  const plan = page.getByTestId("follow-up-plan");
  await expect(plan.getByRole("rowheader")).toHaveText([kn!, am!]);
  await expect(plan.getByRole("rowheader", { name: ju! })).toHaveCount(0);
  const knRow = plan.getByRole("row", { name: new RegExp(`^${kn}`) });
  await expect(knRow).toContainText("Stickprov vid leverans.");
  await expect(knRow).toContainText("Vid leverans");
  await expect(plan.getByRole("row", { name: new RegExp(`^${am}`) })).toContainText("Årligen");
  await expect(knRow).toContainText("Inget datum än");
  await expectNoAxeViolations(page);

  // A contract that started long ago: both items are due now.
  await page.getByLabel("Datum då avtalet började gälla").fill("2025-01-10");
  await page.getByRole("button", { name: "Spara avtalsstart" }).click();
  await expect(page.getByText("Avtalsstarten är sparad.")).toBeVisible();
  await expect(knRow).toContainText("Ska göras (från 10 januari 2025)");

  await page.getByText(`Markera ${kn} som utförd`).click();
  await page.getByLabel("Datum då uppföljningen gjordes").first().fill("2025-01-14");
  await page.getByLabel("Anteckning (valfritt)").first().fill("Tio ärenden kontrollerade.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Spara", exact: true }).first().click();
  await expect(knRow).toContainText("Utförd 14 januari 2025");
  await expect(knRow).toContainText("Tio ärenden kontrollerade.");

  // The dashboard reminds of what is still due, and only that.
  await page.goto("/drafts");
  const due = page.getByTestId("due-follow-ups");
  await expect(due.getByRole("heading", { name: "Uppföljning att göra" })).toBeVisible();
  await expect(due).toContainText(`${am}: Handläggaren ska kunna pausa`);
  await expect(due).not.toContainText(`${kn}:`);
  await due.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${draftId}/uppfoljning$`));
});

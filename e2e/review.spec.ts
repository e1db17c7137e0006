import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedAnswers, seedRequirements } from "./support/review-factory";
import { fillStartRankingAnswers } from "./support/start";
import { newUser, signUp } from "./support/users";
import { saveStartAndContinue } from "./support/autosave";

const title = "Molntjänst för hemtjänstens planering";

async function startDraft(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  await page.getByLabel("Titel på kravspecifikationen", { exact: true }).fill(title);
  await page.getByLabel("Organisation", { exact: true }).fill("Växjö kommun, omsorgsförvaltningen");
  await page
    .getByLabel("Vad ska upphandlas?", { exact: true })
    .fill("Ett planeringsstöd för hemtjänsten som molntjänst.");
  await page.getByLabel("Molntjänst (SaaS)", { exact: true }).check();
  await page.getByLabel("Ja, känsliga personuppgifter (till exempel hälsa)").check();
  await page.getByLabel("Medarbetare", { exact: true }).check();
  await fillStartRankingAnswers(page, { critical: "Ja" });
  await saveStartAndContinue(page);
  const match = /\/drafts\/([a-z0-9]+)\/kundnytta$/.exec(page.url());
  if (!match?.[1]) throw new Error(`unexpected URL ${page.url()}`);
  return match[1];
}

test("Granska shows every answer and requirement with change links, the coverage and linked quality warnings", async ({
  page,
  browser,
}) => {
  await signUp(page, newUser("Greta Granskare"));
  const draftId = await startDraft(page);
  const codes = seedRequirements(draftId, [
    {
      perspective: "kundnytta",
      text: "Tjänsten ska vara användarvänlig för all personal.",
      level: "ska",
      kravtyp: "KF",
      verifikat: "Användartest.",
    },
    {
      perspective: "kundnytta",
      text: "Planeringen ska visa besöken per dag på en karta.",
      level: "bor",
      kravtyp: "TK",
      weight: 40,
    },
    {
      perspective: "juridik",
      text: "Leverantören ska teckna ett personuppgiftsbiträdesavtal.",
      level: "ska",
      kravtyp: "AV",
    },
    {
      perspective: "juridik",
      text: "Inloggning ska ske med BankID.",
      level: "ska",
      kravtyp: "KF",
      verifikat: "Demonstration.",
    },
    {
      perspective: "arbetsmiljo",
      text: "Leverantören bör erbjuda utbildning för alla användare.",
      level: "bor",
      kravtyp: "TK",
      weight: 60,
    },
  ]);
  expect(codes).toEqual(["KN-1", "KN-2", "JU-1", "JU-2", "AM-1"]);
  seedAnswers(draftId, { juridik: { hosting: "eu", legalNotes: "Socialtjänstlagen och arkivlagen gäller." } });

  await page.goto(`/drafts/${draftId}/granska`);
  await expect(page.getByRole("heading", { level: 1, name: "Granska kravspecifikationen" })).toBeVisible();
  await expect(page).toHaveTitle(/^Granska kravspecifikationen/);
  await expect(page.getByText("5 krav och 4 kvalitetsvarningar.")).toBeVisible();

  // Every requirement under its perspective, with its code and a change link to it.
  for (const [perspective, code] of [
    ["kundnytta", "KN-1"],
    ["kundnytta", "KN-2"],
    ["juridik", "JU-1"],
    ["juridik", "JU-2"],
    ["arbetsmiljo", "AM-1"],
  ] as const) {
    const section = page.getByTestId(`review-${perspective}`);
    await expect(section.getByRole("term").filter({ hasText: new RegExp(`^${code}$`) })).toBeVisible();
    await expect(section.getByRole("link", { name: `Ändra krav ${code}`, exact: true })).toHaveAttribute(
      "href",
      `/drafts/${draftId}/${perspective}#krav-${code}`,
    );
  }
  const kundnytta = page.getByTestId("review-kundnytta");
  await expect(kundnytta).toContainText("Planeringen ska visa besöken per dag på en karta.");
  await expect(kundnytta).toContainText("Bör-krav · TK Tilldelningskriterium · Vikt 40 %");
  await expect(page.getByTestId("review-organisation")).toContainText("Inga krav ännu.");

  // Start answers and guided answers, each with a change link saying what it changes.
  const start = page.getByTestId("review-start");
  await expect(start).toContainText(title);
  await expect(start).toContainText("Ja, känsliga personuppgifter (till exempel hälsa)");
  await expect(start.getByRole("link", { name: "Ändra Titel på kravspecifikationen", exact: true })).toHaveAttribute(
    "href",
    `/drafts/${draftId}/start`,
  );
  const juridik = page.getByTestId("review-juridik");
  await expect(juridik).toContainText("Inom EU/EES");
  await expect(juridik).toContainText("Socialtjänstlagen och arkivlagen gäller.");
  await expect(
    juridik.getByRole("link", { name: "Ändra Var kommer uppgifterna att lagras och behandlas?", exact: true }),
  ).toHaveAttribute("href", `/drafts/${draftId}/juridik`);

  // Coverage: perspective rows × kravtyp columns, then ska, bör and total.
  const table = page.getByRole("table", { name: "Antal krav per perspektiv, kravtyp och nivå" });
  const cells = async (row: string) =>
    table
      .getByRole("row", { name: new RegExp(`^${row}`) })
      .getByRole("cell")
      .allInnerTexts();
  expect(await cells("Kundnytta")).toEqual(["1", "0", "1", "0", "0", "1", "1", "2"]);
  expect(await cells("Juridik")).toEqual(["1", "0", "0", "1", "0", "2", "0", "2"]);
  expect(await cells("Arbetsmiljö")).toEqual(["0", "0", "1", "0", "0", "0", "1", "1"]);
  expect(await cells("Organisation")).toEqual(["0", "0", "0", "0", "0", "0", "0", "0"]);
  expect(await cells("Alla perspektiv")).toEqual(["2", "0", "2", "1", "0", "3", "2", "5"]);

  // Quality warnings, grouped by rule, each linking to what it concerns.
  const warnings = page.getByTestId("review-warnings");
  await expect(warnings.getByRole("heading", { name: "Vaga ord (1)" })).toBeVisible();
  await expect(warnings.getByRole("link", { name: "KN-1 innehåller ”användarvänlig”" })).toHaveAttribute(
    "href",
    `/drafts/${draftId}/kundnytta#krav-KN-1`,
  );
  await expect(warnings.getByRole("link", { name: "JU-1 saknar verifikat" })).toHaveAttribute(
    "href",
    `/drafts/${draftId}/juridik#krav-JU-1`,
  );
  await expect(warnings.getByRole("link", { name: "JU-2 nämner ”BankID”" })).toHaveAttribute(
    "href",
    `/drafts/${draftId}/juridik#krav-JU-2`,
  );
  await expect(warnings.getByRole("link", { name: "Organisation har inga krav" })).toHaveAttribute(
    "href",
    `/drafts/${draftId}/organisation`,
  );
  // Weights 40 + 60 = 100 %: no weight warning.
  await expect(warnings).not.toContainText("Vikterna för bör-krav");
  await expectNoAxeViolations(page);

  // Someone else gets the same 404 as for a missing draft.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, newUser("Olle Obehörig"));
  const response = await other.goto(`/drafts/${draftId}/granska`);
  expect(response?.status()).toBe(404);
  await otherContext.close();
});

test("Granska of an empty draft says so and still passes axe, in English too", async ({ page }) => {
  await signUp(page, newUser("Tom Tomsson"));
  await page.getByRole("button", { name: "Ny kravspecifikation" }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+\/start$/);
  const reviewUrl = page.url().replace(/\/start$/, "/granska");
  await page.goto(reviewUrl);
  await expect(page.getByText("Inga krav och 4 kvalitetsvarningar.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Perspektiv utan krav (4)" })).toBeVisible();
  await expect(page.getByTestId("review-start").getByText("Inte besvarad").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review the requirements specification" })).toBeVisible();
  await expect(page.getByText("No requirements and 4 quality warnings.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Granska kravspecifikationen" })).toBeVisible();
});

test("Fördela vikterna in Granska scales the bör weights to exactly 100 %", async ({ page }) => {
  await signUp(page, newUser("Vera Viktig"));
  const draftId = await startDraft(page);
  seedRequirements(draftId, [
    {
      perspective: "kundnytta",
      text: "Planeringen bör visa besöken per dag på en karta.",
      level: "bor",
      kravtyp: "TK",
      weight: 30,
    },
    {
      perspective: "arbetsmiljo",
      text: "Leverantören bör erbjuda utbildning för alla användare.",
      level: "bor",
      kravtyp: "TK",
      weight: 10,
    },
  ]);
  await page.goto(`/drafts/${draftId}/granska`);
  const warnings = page.getByTestId("review-warnings");
  await expect(warnings).toContainText("2 bör-krav har tillsammans vikten 40 %");
  await page.getByRole("button", { name: "Fördela vikterna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vikterna är fördelade" })).toBeVisible();
  await expect(page.getByText("Vikterna för bör-krav blir inte 100 %")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Fördela vikterna" })).toHaveCount(0);
  await expect(page.getByTestId("review-kundnytta")).toContainText("Vikt 75 %");
  await expect(page.getByTestId("review-arbetsmiljo")).toContainText("Vikt 25 %");
  await expectNoAxeViolations(page);
});

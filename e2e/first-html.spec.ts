import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { newDraft, organisationField, saveDraft, titleField } from "./support/autosave";
import { answerRadio, fillStartRankingAnswers } from "./support/start";
import { newUser, signUp } from "./support/users";

// The same signed-in user in a browser without JavaScript: whatever shows
// there came from the server's first HTML, not from hydration.
async function withoutJavaScript(browser: Browser, signedIn: BrowserContext) {
  return browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
}

test("a saved Start step shows its values in the first HTML, without JavaScript", async ({
  page,
  context,
  browser,
}) => {
  await signUp(page, newUser("Siri Server"));
  const startUrl = await newDraft(page);
  await titleField(page).fill("Bokningssystem för fritidslokaler");
  await organisationField(page).fill("Umeå kommun");
  await page.getByLabel("Verksamhetssystem", { exact: true }).check();
  await page.getByLabel("Ja, vanliga personuppgifter", { exact: true }).check();
  await fillStartRankingAnswers(page, { procedure: "Förenklat förfarande" });
  await page.getByLabel("Uppskattat kontraktsvärde i kronor (valfritt)", { exact: true }).fill("1200000");
  // Saved when the browser holds no unsaved copy: the last field typed is in.
  await saveDraft(page);

  const bare = await withoutJavaScript(browser, context);
  const noJs = await bare.newPage();
  await noJs.goto(startUrl);
  await expect(titleField(noJs)).toHaveValue("Bokningssystem för fritidslokaler");
  await expect(organisationField(noJs)).toHaveValue("Umeå kommun");
  await expect(noJs.getByLabel("Verksamhetssystem", { exact: true })).toBeChecked();
  await expect(noJs.getByLabel("Ja, vanliga personuppgifter", { exact: true })).toBeChecked();
  await expect(
    noJs.getByRole("group", { name: "Innehåller produkten en AI-komponent?" }).getByLabel("Nej", { exact: true }),
  ).toBeChecked();
  await expect(noJs.getByLabel("Upphandlingsförfarande", { exact: true })).toHaveValue("simplified");
  await expect(noJs.getByLabel("Uppskattat kontraktsvärde i kronor (valfritt)", { exact: true })).toHaveValue(
    "1200000",
  );
  await bare.close();
});

test("a perspective step's saved answers are in the first HTML, without JavaScript", async ({
  page,
  context,
  browser,
}) => {
  await signUp(page, newUser("Pelle Perspektiv"));
  const startUrl = await newDraft(page);
  const stepUrl = startUrl.replace(/\/start$/, "/kundnytta");
  await page.goto(stepUrl);
  const needs = page.getByLabel("Vilka behov ska produkten lösa, och för vilka användargrupper?", { exact: true });
  await needs.fill("Invånare vill boka lokaler utan att ringa.");
  await answerRadio(page, "Kommer användare att delta i kravställning och test?", "Delvis");
  await page.getByLabel("Mobil eller app", { exact: true }).check();
  // Done when the server holds the last change, not merely an earlier save.
  await saveDraft(page);

  const bare = await withoutJavaScript(browser, context);
  const noJs = await bare.newPage();
  await noJs.goto(stepUrl);
  await expect(
    noJs.getByLabel("Vilka behov ska produkten lösa, och för vilka användargrupper?", { exact: true }),
  ).toHaveValue("Invånare vill boka lokaler utan att ringa.");
  await expect(noJs.getByLabel("Delvis", { exact: true })).toBeChecked();
  await expect(noJs.getByLabel("Mobil eller app", { exact: true })).toBeChecked();
  await expect(noJs.getByLabel("Webb", { exact: true })).not.toBeChecked();
  await bare.close();
});

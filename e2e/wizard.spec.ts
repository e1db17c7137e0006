import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answerRadio } from "./support/start";
import { newUser, signUp } from "./support/users";
import {
  acceptFirstSuggestions,
  addOwnRequirement,
  completionGroup,
  editRequirementText,
  markSectionDoneAndContinue,
  moveUpWithKeyboard,
  openSuggestions,
  perspectiveNames,
  requirementCodes,
  requirementItem,
  startCloudEServiceDraft,
  suggestionPanel,
  workspaceStatus,
  type OwnRequirement,
  type PerspectiveId,
} from "./support/wizard";

type Plan = {
  answer: (page: Page) => Promise<void>;
  expectAnswer: (page: Page) => Promise<void>;
  own: OwnRequirement;
};

const textQuestion = (label: string, value: string) => ({
  answer: (page: Page) => page.getByLabel(label).fill(value),
  expectAnswer: (page: Page) => expect(page.getByLabel(label)).toHaveValue(value),
});
const radioQuestion = (question: string, answer: string) => ({
  answer: (page: Page) => answerRadio(page, question, answer),
  expectAnswer: (page: Page) =>
    expect(page.getByRole("group", { name: question }).getByLabel(answer, { exact: true })).toBeChecked(),
});

const plans: Record<PerspectiveId, Plan> = {
  kundnytta: {
    ...textQuestion(
      "Vilka behov ska produkten lösa, och för vilka användargrupper?",
      "Invånare vill söka färdtjänst utan att ringa.",
    ),
    own: {
      text: "Tjänsten ska gå att använda med skärmläsare på mobil och dator.",
      level: "Ska-krav",
      kravtyp: "KF Krav på det som upphandlas",
      verifikat: "Tillgänglighetsrapport enligt EN 301 549.",
    },
  },
  juridik: {
    ...radioQuestion("Var kommer uppgifterna att lagras och behandlas?", "Inom EU/EES"),
    own: {
      text: "Leverantören ska ange alla underbiträden och var de behandlar uppgifter.",
      level: "Ska-krav",
      kravtyp: "AV Avtalsvillkor",
    },
  },
  arbetsmiljo: {
    ...radioQuestion(
      "Har en riskbedömning av arbetsmiljön planerats tillsammans med skyddsombud?",
      "Ja, den är planerad",
    ),
    own: {
      text: "Handläggare ska kunna göra ett ärende utan att byta mellan fler än två fönster.",
      level: "Bör-krav",
      kravtyp: "TK Tilldelningskriterium",
      weight: "20",
    },
  },
  organisation: {
    ...textQuestion(
      "Hur ska ni kunna lämna leverantören när avtalet upphör?",
      "Export av all data i öppna format inom 30 dagar.",
    ),
    own: {
      text: "Leverantören ska delta i en förvaltningsgrupp med kommunen varje kvartal.",
      level: "Ska-krav",
      kravtyp: "AV Avtalsvillkor",
    },
  },
};

type Done = { codes: string[]; editedCode: string; editedText: string; ownCode: string };

// One perspective: answer a question, accept two suggestions, edit one,
// write one by hand, move it up with the keyboard, mark the section done.
async function workThroughPerspective(page: Page, perspective: PerspectiveId): Promise<Done> {
  const plan = plans[perspective];
  await expect(page.getByRole("heading", { level: 1, name: perspectiveNames[perspective] })).toBeVisible();
  await expectNoAxeViolations(page);
  await plan.answer(page);

  const accepted = await acceptFirstSuggestions(page, 2);
  const [first, second] = accepted as [{ code: string; text: string }, { code: string; text: string }];
  await expect(suggestionPanel(page).getByText(first.text, { exact: true })).toHaveCount(0);
  const editedText = `${first.text} Kravet gäller hela avtalstiden.`;
  await editRequirementText(page, first.code, editedText);

  const ownCode = await addOwnRequirement(page, plan.own);
  await expect(requirementItem(page, ownCode)).toContainText(plan.own.text);
  await expectNoAxeViolations(page);
  expect(await requirementCodes(page)).toEqual([first.code, second.code, ownCode]);
  await moveUpWithKeyboard(page, ownCode);
  expect(await requirementCodes(page)).toEqual([first.code, ownCode, second.code]);

  await markSectionDoneAndContinue(page);
  return { codes: [first.code, ownCode, second.code], editedCode: first.code, editedText, ownCode };
}

async function expectPerspectiveKept(page: Page, perspective: PerspectiveId, done: Done) {
  await expect(page.getByRole("heading", { level: 1, name: perspectiveNames[perspective] })).toBeVisible();
  await plans[perspective].expectAnswer(page);
  expect(await requirementCodes(page)).toEqual(done.codes);
  await expect(requirementItem(page, done.editedCode)).toContainText(done.editedText);
  await expect(requirementItem(page, done.ownCode)).toContainText(plans[perspective].own.text);
  await expect(completionGroup(page).getByLabel("Ja, jag har slutfört avsnittet")).toBeChecked();
}

test("a procurer works through the four perspectives with suggestions, own requirements and the keyboard", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signUp(page, newUser("Karin Ödmark"));
  const draftUrl = await startCloudEServiceDraft(page);
  await expectNoAxeViolations(page);

  // "Spara och fortsätt" on Start opened Kundnytta.
  await expect(page).toHaveURL(`${draftUrl}/kundnytta`);
  await expect(page.getByRole("heading", { level: 1, name: "Kundnytta" })).toBeVisible();

  // Continue without answering "Har du slutfört avsnittet?": error summary.
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Det finns ett problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fel: /);
  await expect(summary.getByRole("link", { name: "Välj om du har slutfört avsnittet" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The suggestions are collapsed behind their count: "Har du slutfört
  // avsnittet?" is a Tab or two past them, not one Tab per suggestion.
  const toggle = suggestionPanel(page).locator("summary");
  await expect(toggle).toHaveText(/^Visa kravförslagen \(\d+\)$/);
  await toggle.focus();
  const finished = page.getByLabel("Ja, jag har slutfört avsnittet", { exact: true });
  let tabs = 0;
  while (tabs < 10 && !(await finished.evaluate((node) => node === document.activeElement))) {
    await page.keyboard.press("Tab");
    tabs += 1;
  }
  expect(tabs).toBeLessThanOrEqual(2);
  await openSuggestions(page);

  // "Visa fler" appears when there are more than five suggestions.
  const cards = suggestionPanel(page).getByTestId("suggestion-list").locator("> li");
  const showMore = suggestionPanel(page).getByRole("button", { name: /^Visa fler förslag/ });
  if (await showMore.count()) {
    await expect(cards).toHaveCount(5);
    await showMore.click();
    expect(await cards.count()).toBeGreaterThan(5);
  }

  // The requirement form validates on submit and shows the weight only for bör-krav.
  await page.getByRole("button", { name: "Lägg till krav" }).click();
  const newForm = page.getByRole("form", { name: "Nytt krav" });
  await expect(newForm.getByLabel("Vikt i procent (valfritt)")).toHaveCount(0);
  await newForm.getByLabel("Bör-krav", { exact: true }).check();
  await expect(newForm.getByLabel("Vikt i procent (valfritt)")).toBeVisible();
  await newForm.getByRole("button", { name: "Spara krav" }).click();
  await expect(newForm.getByText("Skriv kravtexten")).toBeVisible();
  await expect(newForm.getByLabel("Kravtext")).toBeFocused();
  await expectNoAxeViolations(page);
  await newForm.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByRole("button", { name: "Lägg till krav" })).toBeFocused();

  // A requirement written and deleted: its number is not reused.
  const temporary = await addOwnRequirement(page, {
    text: "Tillfälligt krav som tas bort.",
    level: "Ska-krav",
    kravtyp: "IN Internt krav (beställarens egen process)",
  });
  await page.getByRole("button", { name: `Ta bort ${temporary}`, exact: true }).click();
  await expect(page.getByText(`Vill du ta bort ${temporary}?`)).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Ja, ta bort ${temporary}` }).click();
  await expect(workspaceStatus(page, "requirements")).toHaveText(`${temporary} har tagits bort`);
  await expect(requirementItem(page, temporary)).toHaveCount(0);

  const done = {} as Record<PerspectiveId, Done>;
  done.kundnytta = await workThroughPerspective(page, "kundnytta");
  expect(done.kundnytta.codes).not.toContain(temporary);
  expect(done.kundnytta.codes.every((code) => code.startsWith("KN-"))).toBe(true);

  // The browser's back button after "Spara och fortsätt" shows what was saved.
  await expect(page).toHaveURL(/\/juridik$/);
  await page.goBack();
  await expectPerspectiveKept(page, "kundnytta", done.kundnytta);
  await page.goForward();

  // Dismiss a suggestion and bring it back.
  await expect(page.getByRole("heading", { level: 1, name: "Juridik" })).toBeVisible();
  await openSuggestions(page);
  const firstCard = suggestionPanel(page).getByTestId("suggestion-list").locator("> li").first();
  const hiddenText = (await firstCard.locator("p").first().textContent()) ?? "";
  await firstCard.getByRole("button", { name: "Dölj", exact: true }).click();
  await expect(workspaceStatus(page, "suggestions")).toHaveText("Förslaget har dolts");
  await expect(suggestionPanel(page).getByTestId("suggestion-list").getByText(hiddenText, { exact: true })).toHaveCount(
    0,
  );
  await page.reload();
  const showHidden = suggestionPanel(page).getByRole("button", { name: "Visa dolda förslag (1)" });
  await expect(showHidden).toHaveAttribute("aria-expanded", "false");
  await showHidden.click();
  await expect(suggestionPanel(page).getByRole("button", { name: "Göm dolda förslag (1)" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expectNoAxeViolations(page);
  await suggestionPanel(page).getByRole("button", { name: "Visa igen", exact: true }).click();
  await expect(workspaceStatus(page, "suggestions")).toHaveText("Förslaget visas igen");
  await openSuggestions(page);
  await expect(
    suggestionPanel(page).getByTestId("suggestion-list").getByText(hiddenText, { exact: true }),
  ).toBeVisible();

  done.juridik = await workThroughPerspective(page, "juridik");
  await expect(page).toHaveURL(/\/arbetsmiljo$/);
  done.arbetsmiljo = await workThroughPerspective(page, "arbetsmiljo");
  await expect(page).toHaveURL(/\/organisation$/);
  done.organisation = await workThroughPerspective(page, "organisation");
  await expect(page).toHaveURL(/\/granska$/);

  // Back link and the browser's history keep every answer and requirement.
  await page.goto(`${draftUrl}/organisation`);
  await expectPerspectiveKept(page, "organisation", done.organisation);
  await page.getByRole("link", { name: "Tillbaka", exact: true }).click();
  await expectPerspectiveKept(page, "arbetsmiljo", done.arbetsmiljo);
  await page.getByRole("link", { name: "Tillbaka", exact: true }).click();
  await expectPerspectiveKept(page, "juridik", done.juridik);
  await page.goBack();
  await expectPerspectiveKept(page, "arbetsmiljo", done.arbetsmiljo);
  await page.goForward();
  await expectPerspectiveKept(page, "juridik", done.juridik);

  await page.goto(draftUrl);
  for (const perspective of Object.keys(perspectiveNames)) {
    await expect(page.locator(`#task-${perspective}-status`)).toHaveText("Klar");
  }
  await expect(page.locator("#task-start-status")).toHaveText("Klar");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "2. Kundnytta" }).click();
  await expectPerspectiveKept(page, "kundnytta", done.kundnytta);

  // Granska shows every requirement with its ID, the coverage counts and a
  // quality warning that links to the requirement it concerns.
  await page.goto(`${draftUrl}/granska`);
  await expect(page.getByRole("heading", { level: 1, name: "Granska kravspecifikationen" })).toBeVisible();
  for (const [perspective, result] of Object.entries(done)) {
    for (const code of result.codes) {
      await expect(page.getByRole("link", { name: `Ändra krav ${code}`, exact: true })).toHaveAttribute(
        "href",
        `${new URL(draftUrl).pathname}/${perspective}#krav-${code}`,
      );
    }
  }
  const table = page.getByRole("table", { name: "Antal krav per perspektiv, kravtyp och nivå" });
  const cells = async (row: string) =>
    (
      await table
        .getByRole("row", { name: new RegExp(`^${row}`) })
        .getByRole("cell")
        .allInnerTexts()
    ).map(Number);
  for (const row of ["Kundnytta", "Juridik", "Arbetsmiljö", "Organisation"]) {
    const [kf, kq, tk, av, inn, ska, bor, total] = (await cells(row)) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect(total, row).toBe(3);
    expect(kf + kq + tk + av + inn, row).toBe(3);
    expect(ska + bor, row).toBe(3);
  }
  expect((await cells("Alla perspektiv")).at(-1)).toBe(12);
  const target = done.juridik.ownCode;
  const warning = page
    .getByTestId("review-warnings")
    .getByRole("link", { name: `${target} saknar verifikat`, exact: true });
  await expect(warning).toHaveAttribute("href", `${new URL(draftUrl).pathname}/juridik#krav-${target}`);
  await expectNoAxeViolations(page);

  // Following the warning lands on the requirement itself.
  await warning.click();
  await expect(requirementItem(page, target)).toBeFocused();
});

test("an unknown perspective is a 404", async ({ page }) => {
  await signUp(page, newUser("Sara Åkesson"));
  const draftUrl = await startCloudEServiceDraft(page);
  const response = await page.goto(`${draftUrl}/ekonomi`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
});

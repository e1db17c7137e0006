import type { Page } from "@playwright/test";

// Radios that share a label ("Ja"/"Nej") are found inside their question's group.
export async function answerRadio(page: Page, question: string, answer: string) {
  await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
}

// The Start questions added for ranking that every complete Start step needs.
export async function fillStartRankingAnswers(
  page: Page,
  answers: { critical?: "Ja" | "Nej" | "Vet inte"; ai?: "Ja" | "Nej"; procedure?: string } = {},
) {
  await answerRadio(page, "Stöder produkten samhällsviktig verksamhet?", answers.critical ?? "Nej");
  await answerRadio(page, "Innehåller produkten en AI-komponent?", answers.ai ?? "Nej");
  await page
    .getByLabel("Upphandlingsförfarande", { exact: true })
    .selectOption({ label: answers.procedure ?? "Öppet förfarande" });
}

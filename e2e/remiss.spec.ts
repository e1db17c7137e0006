import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ooxmlParts, wordParagraphs } from "../lib/testing/ooxml";
import { createOrg, invite, newDraftInActiveSpace, session } from "./support/access-world";
import { expectNoAxeViolations } from "./support/axe";
import { pdfText } from "./support/pdf";
import { seedRequirements } from "./support/review-factory";
import { newUser } from "./support/users";

// Issue 17's remiss: a frozen version goes to a reviewer by link (no
// account) and to a member; both comment; the author accepts one proposal
// and declines the other; the summary lists both; a revoked link is a 404.
const amText = "Systemet ska kunna användas utan mus.";
const knText = "Invånaren ska få en kvittens per e-post.";
const amProposal = "Systemet ska kunna användas helt med tangentbord och skärmläsare.";
const knProposal = "Invånaren ska få en kvittens per e-post och sms.";
const reason = "Sms ingår inte i upphandlingen.";

async function comment(page: Page, about: string, text: string, proposal: string) {
  await page.getByLabel("Kommentaren gäller").selectOption({ label: about });
  await page.getByLabel("Typ av kommentar").selectOption({ label: "Ändringsförslag" });
  await page.getByLabel("Kommentar", { exact: true }).fill(text);
  await page.getByLabel("Föreslagen lydelse").fill(proposal);
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(page.getByText("Tack! Kommentaren är skickad.")).toBeVisible();
}

test("the author sends a remiss to a link reviewer and a member, accepts one proposal, declines the other, exports the summary and revokes a link", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const alice = await session(browser, baseURL!, "Rut Remissförfattare");
  const orgId = await createOrg(alice.page, "Remissby kommun");
  // A member, invited and joined, to be picked as reviewer.
  const bobUser = newUser("Måns Medlem");
  const link = await invite(alice.page, orgId, bobUser.email, "läsare");
  const bob = await session(browser, baseURL!, null);
  await bob.page.goto("/sign-up");
  await bob.page.getByLabel("Namn").fill(bobUser.name);
  await bob.page.getByLabel("E-postadress").fill(bobUser.email);
  await bob.page.getByLabel("Lösenord").fill(bobUser.password);
  await bob.page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(bob.page.getByRole("heading", { level: 1, name: "Mina kravspecifikationer" })).toBeVisible();
  await bob.page.goto(new URL(link).pathname);
  await bob.page.getByRole("button", { name: "Gå med i Remissby kommun" }).click();
  await expect(bob.page.getByTestId("your-role")).toHaveText("Din roll: läsare");

  const page = alice.page;
  const draftId = await newDraftInActiveSpace(page);
  seedRequirements(draftId, [
    { perspective: "arbetsmiljo", text: amText, level: "ska", kravtyp: "KF", verifikat: "Test." },
    { perspective: "kundnytta", text: knText, level: "ska", kravtyp: "KF", verifikat: "Test." },
  ]);
  await page.goto(`/drafts/${draftId}/remiss`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Sista svarsdag").fill("2999-01-31");
  await page.getByRole("button", { name: "Frys versionen och starta remissen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Remiss av version \d+ · Öppen/ })).toBeVisible();

  // By link: the link is shown once.
  const linkForm = page.locator("form").filter({ has: page.getByLabel("Granskarens namn") });
  await linkForm.getByLabel("Granskarens namn").fill("Sara Skyddsombud");
  await linkForm.getByLabel("Granskarens roll").selectOption({ label: "Skyddsombud" });
  await linkForm.getByRole("button", { name: "Lägg till granskare och skapa länk" }).click();
  await expect(page.getByLabel("Länk till granskaren")).toHaveValue(/\/remiss\/[A-Za-z0-9_-]{43}$/);
  const saraLink = await page.getByLabel("Länk till granskaren").inputValue();
  // A member: picked from the organisation.
  const memberForm = page.locator("form").filter({ has: page.getByLabel("Medlem", { exact: true }) });
  await memberForm.getByLabel("Medlem", { exact: true }).selectOption({ label: bobUser.name });
  await memberForm.getByLabel("Granskarens roll").selectOption({ label: "Verksamhet" });
  await memberForm.getByRole("button", { name: "Lägg till granskare och skapa länk" }).click();
  await expect(page.getByLabel("Länk till granskaren")).not.toHaveValue(saraLink);
  const bobLink = await page.getByLabel("Länk till granskaren").inputValue();
  await expect(page.getByText(`${bobUser.name} · Verksamhet · Medlem i organisationen`)).toBeVisible();
  await expectNoAxeViolations(page);

  // The link reviewer has no account; a skyddsombud is pointed to arbetsmiljö.
  const anon = await session(browser, baseURL!, null);
  await anon.page.goto(new URL(saraLink).pathname);
  await expect(anon.page.getByTestId("skyddsombud-note")).toBeVisible();
  await expect(anon.page.locator('[id="AM-1"]')).toContainText(amText);
  await expectNoAxeViolations(anon.page);
  await comment(anon.page, `AM-1: ${amText}`, "Mus är inte nog.", amProposal);
  // The member reviewer, signed in, through their own link.
  await bob.page.goto(new URL(bobLink).pathname);
  await comment(bob.page, `KN-1: ${knText}`, "Lägg till sms.", knProposal);

  // The author decides: accept Sara's proposal, decline Måns's with a reason.
  await page.reload();
  const comments = page.getByTestId("remiss-comment");
  await expect(comments).toHaveCount(2);
  const sara = comments.filter({ hasText: "Sara Skyddsombud" });
  await sara.getByRole("button", { name: "Anta förslaget" }).click();
  await expect(sara.getByTestId("comment-decision")).toHaveText("Antaget");
  const mans = comments.filter({ hasText: bobUser.name });
  await mans.getByLabel("Skäl till avslaget").fill(reason);
  await mans.getByRole("button", { name: "Avslå med detta skäl" }).click();
  await expect(mans.getByTestId("comment-decision")).toHaveText(`Avslaget: ${reason}`);

  // The accepted text is the requirement's new wording; the editor shows the comment.
  await page.goto(`/drafts/${draftId}/arbetsmiljo`);
  await expect(page.locator("#krav-AM-1")).toContainText(amProposal);
  await expect(page.locator("#krav-AM-1").getByTestId("remiss-comment-count")).toContainText("1 remisskommentar");
  await page.goto(`/drafts/${draftId}/granska`);
  await expect(page.getByRole("heading", { level: 2, name: "Remisskommentarer" })).toBeVisible();

  // The summary: print view, Word and PDF all list both with their decisions.
  await page.goto(`/drafts/${draftId}/remiss`);
  await page.getByRole("link", { name: "Remissammanställning" }).click();
  await expect(page.getByTestId("summary-row")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.goto(`/drafts/${draftId}/remiss`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ladda ner sammanställningen som Word" }).click();
  const file = await download;
  const bytes = new Uint8Array(readFileSync(await file.path()));
  const texts = wordParagraphs(ooxmlParts(bytes)["word/document.xml"]!).map((p) => p.text);
  expect(texts.some((t) => t.startsWith("AM-1 · Ändringsförslag · Sara Skyddsombud"))).toBe(true);
  expect(texts.some((t) => t.startsWith(`KN-1 · Ändringsförslag · ${bobUser.name}`))).toBe(true);
  expect(texts).toContain("Antaget");
  expect(texts).toContain(`Avslaget: ${reason}`);
  const remissId = (await page.getByRole("link", { name: "Remissammanställning" }).getAttribute("href"))!.split("/")[4];
  const pdf = await page.request.get(`/drafts/${draftId}/remiss/${remissId}/export?format=pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfFile = test.info().outputPath("remissammanstallning.pdf");
  writeFileSync(pdfFile, await pdf.body());
  const words = pdfText(pdfFile).replace(/\s+/g, " ");
  expect(words).toContain("Sara Skyddsombud");
  expect(words).toContain("Antaget");
  expect(words).toContain(`Avslaget: ${reason}`);

  // Revoked: the link is a 404 at once.
  await page.getByRole("button", { name: "Återkalla länken för Sara Skyddsombud" }).click();
  await expect(
    page.getByText("Sara Skyddsombud · Skyddsombud · Med länk (inget konto) · Länken är återkallad"),
  ).toBeVisible();
  const gone = await anon.page.goto(new URL(saraLink).pathname);
  expect(gone?.status()).toBe(404);
  for (const s of [alice, bob, anon]) await s.context.close();
});

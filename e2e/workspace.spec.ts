import { expect, test } from "@playwright/test";
import { architectureLabels } from "../lib/decision/trait-catalog";
import { recommend } from "../lib/decision/recommend";
import { paths } from "../lib/paths";
import { ragTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { fillWizard, screenshot } from "./wizard-driver";
import { createTeam, freshPage, newLink, signUp, signUpHere } from "./workspace-driver";

test.describe.configure({ timeout: 180_000 });

test("a team works together: invite a second user, save from results, find it, share it, revoke it", async ({ page, browser }) => {
  // Owner: sign up, create a team, invite by link.
  await signUp(page, "Olivia");
  await expect(page.getByRole("heading", { level: 1, name: "Your teams" })).toBeVisible();
  await expectNoAxeViolations(page);
  const teamPath = await createTeam(page, "Hiring Platform");
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invite = await newLink(page);
  await expectNoAxeViolations(page);

  // Second user, second browser context: the invite asks them to sign in, they sign up and join as editor.
  const second = await freshPage(browser);
  await second.goto(invite);
  await expect(second).toHaveURL(/\/sign-in\?next=/);
  await second.getByRole("link", { name: "Create an account" }).click();
  await signUpHere(second, "Erik");
  await expect(second.getByRole("heading", { name: "Join Hiring Platform" })).toBeVisible();
  await second.getByRole("button", { name: "Join Hiring Platform" }).click();
  await expect(second).toHaveURL(new RegExp(`${teamPath}$`));
  await expect(second.getByText("You: Editor")).toBeVisible();

  // The invite was for one person: it is spent.
  const third = await freshPage(browser);
  await signUp(third, "Tess");
  const spent = await third.goto(invite);
  expect(spent?.status()).toBe(404);

  // Save from the results page into the team.
  const traits = ragTraits;
  const architecture = recommend(traits).recommendation.architecture;
  await page.goto(paths.results(traits));
  await page.getByTestId("save-to-workspace").click();
  await page.getByLabel("Title").fill("Support bot for billing");
  await page.getByLabel("Save to").selectOption({ label: "Hiring Platform" });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText("Support bot for billing");
  await expect(page.getByTestId("saved-architecture")).toHaveText(architectureLabels[architecture]);
  await expectNoAxeViolations(page);
  const assessmentPath = new URL(page.url()).pathname;

  // The editor finds it on the dashboard by searching.
  await second.goto(teamPath);
  await second.getByLabel("Search titles").fill("BILLING");
  await second.getByRole("button", { name: "Apply" }).click();
  await expect(second.getByTestId("assessment-row")).toHaveCount(1);
  await expect(second.getByRole("link", { name: "Support bot for billing" })).toBeVisible();
  await expect(second.getByTestId(`count-${architecture}`)).toHaveText("1");
  await expectNoAxeViolations(second);

  // A share link opens with no account, in a fresh context.
  await page.goto(assessmentPath);
  await page.getByLabel("Label (who it is for)").fill("For the hiring lead");
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareLink = await newLink(page);
  const hiringLead = await freshPage(browser);
  const opened = await hiringLead.goto(shareLink);
  // Kept by the app (rendered once per version), never by a proxy or CDN.
  expect(opened?.headers()["cache-control"]).toBe("private, no-store");
  const sharedHtml = (await opened?.text()) ?? "";
  await expect(hiringLead.getByTestId("shared-title")).toContainText("Support bot for billing");
  await expect(hiringLead.getByTestId("shared-provenance")).toContainText(`under decision engine ${recommend(traits).engineVersion}`);
  await expect(hiringLead.getByTestId("architecture")).toHaveText(architectureLabels[architecture]);
  await expect(hiringLead.getByRole("heading", { name: "Hiring plan" })).toBeVisible();
  await expect(hiringLead.getByTestId("save-to-workspace")).toHaveCount(0);
  await expectNoAxeViolations(hiringLead);
  await screenshot(hiringLead, "desktop", "shared");

  // Listed with its last use; revoked, it is a plain 404.
  await page.reload();
  await expect(page.getByTestId("share-link")).toContainText("For the hiring lead");
  await expect(page.getByTestId("share-link")).not.toContainText("last opened never");
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("share-link")).toContainText("revoked");
  const gone = await hiringLead.goto(shareLink);
  expect(gone?.status()).toBe(404);
  // The kept pages' internal paths answer 404 from outside, whatever they carry.
  const flight = sharedHtml.replace(/\\"/g, '"');
  const param = (name: string) => new RegExp(`"n":"${name}","t":"d","k":"([^"]+)"`).exec(flight)?.[1];
  const [id, version, signature] = [param("assessmentId"), param("version"), param("signature")];
  expect(signature, "the kept page's signed path is in the page data").toBeTruthy();
  const internalPath = `/shared-snapshot/${id}/${version}/${signature}`;
  expect((await hiringLead.goto(internalPath))?.status()).toBe(404);
  await expect(hiringLead.getByText("Support bot for billing")).toHaveCount(0);
});

test("an answer request filled in by a stranger lands in the team as a draft under their name", async ({ page, browser }) => {
  await signUp(page, "Rita");
  const teamPath = await createTeam(page, "Claims AI");
  await page.getByLabel("Project name").fill("Claims triage");
  await page.getByRole("button", { name: "Create request link" }).click();
  const requestLink = await newLink(page);

  const stranger = await freshPage(browser);
  await stranger.goto(requestLink);
  await expect(stranger.getByRole("heading", { name: "Questions about Claims triage" })).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.getByRole("link", { name: "Answer the questions" }).click();
  await stranger.waitForURL(/\/answer$/);
  await fillWizard(stranger, ragTraits, { submit: false, url: new URL(stranger.url()).pathname });
  await stranger.getByRole("button", { name: /Review and send/ }).click();
  await expect(stranger.getByRole("heading", { name: "Send your answers about Claims triage" })).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.getByLabel("Your name").fill("Pat from Claims");
  await stranger.getByRole("button", { name: "Send answers" }).click();
  await expect(stranger.getByText("Thank you: your answers were sent")).toBeVisible();
  // Once only.
  expect((await stranger.goto(requestLink))?.status()).toBe(404);

  await page.goto(teamPath);
  const row = page.getByTestId("assessment-row").filter({ hasText: "Claims triage" });
  await expect(row).toContainText("by Pat from Claims");
  await expect(row).toContainText("Draft");
  await expect(page.getByRole("list", { name: "Answer requests" })).toContainText("answered");
});

test("signed out, saving from the wizard's last step signs up on the way and keeps the answers unchanged", async ({ page }) => {
  await fillWizard(page, ragTraits, { submit: false });
  await page.getByRole("button", { name: "Save to workspace" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsave%3F/);
  await expect(page.getByText("your answers come with you")).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUpHere(page, "Walter");
  await expect(page.getByRole("heading", { name: "Save this assessment" })).toBeVisible();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toBeVisible();
  // The saved answers are exactly the ones given: the saved revision's results link is the same result link.
  await expect(page.getByRole("link", { name: "Full results" })).toHaveAttribute("href", paths.results(ragTraits));
});

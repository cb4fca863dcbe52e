import { expect, test, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { ragTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";
import { createTeam, freshPage, newLink, signUp, signUpHere } from "./workspace-driver";

test.describe.configure({ timeout: 240_000 });

async function saveToTeam(page: Page, teamName: string, title: string): Promise<string> {
  await page.goto(paths.results(ragTraits));
  await page.getByTestId("save-to-workspace").click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Save to").selectOption({ label: teamName });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText(title);
  return new URL(page.url()).pathname;
}

test("two members review one decision from request to acceptance; changing it afterwards supersedes it", async ({ page, browser }, testInfo) => {
  // The author makes a team and invites a reviewer, who joins in a second browser context.
  await signUp(page, "Priya");
  const teamPath = await createTeam(page, "Search Guild");
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Role").selectOption("editor");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invite = await newLink(page);
  const reviewer = await freshPage(browser);
  await reviewer.goto(invite);
  await reviewer.getByRole("link", { name: "Create an account" }).click();
  await signUpHere(reviewer, "Marco");
  await reviewer.getByRole("button", { name: "Join Search Guild" }).click();
  await expect(reviewer).toHaveURL(new RegExp(`${teamPath}$`));

  // The author saves an assessment and proposes it for review, asking for one approval.
  const assessmentPath = await saveToTeam(page, "Search Guild", "Policy assistant");
  await expect(page.getByTestId("review-tally")).toHaveText("0 of 1 approval");
  await page.getByLabel("Approvals needed").fill("1");
  await page.getByRole("button", { name: "Propose for review" }).click();
  await expect(page.getByTestId("assessment-status")).toHaveText("Proposed");
  await expect(page.getByText("1 more approval of revision 1 needed before it can be accepted.")).toBeVisible();
  // Accepting without the approval is refused with the reason.
  await page.getByRole("button", { name: "Accept the decision" }).click();
  await expect(page.getByText("Accepting needs 1 approval of the current revision; it has 0.")).toBeVisible();

  // The reviewer is told, opens it from the notification, requests changes, then approves.
  await reviewer.goto(teamPath);
  await expect(reviewer.getByTestId("unread-count")).toHaveText("1");
  await reviewer.getByTestId("notifications-link").click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expectNoAxeViolations(reviewer);
  await reviewer.getByRole("link", { name: "Priya asks you to review “Policy assistant”." }).click();
  await expect(reviewer).toHaveURL(new RegExp(`${assessmentPath}$`));
  await reviewer.getByLabel("Request changes").check();
  await reviewer.getByLabel("Note (why)").fill("Is weekly freshness right?");
  await reviewer.getByRole("button", { name: "Record my vote" }).click();
  await expect(reviewer.getByText("Your vote is recorded: Request changes.")).toBeVisible();
  await expect(reviewer.getByTestId("review-tally")).toHaveText("0 of 1 approval · 1 requesting changes");
  await expectNoAxeViolations(reviewer);

  await page.reload();
  await page.getByRole("button", { name: "Accept the decision" }).click();
  await expect(page.getByText("1 reviewer has requested changes; settle them before accepting.")).toBeVisible();

  await reviewer.getByLabel("Approve", { exact: true }).check();
  await reviewer.getByLabel("Note (why)").fill("Checked with the content team: weekly is right.");
  await reviewer.getByRole("button", { name: "Change my vote" }).click();
  await expect(reviewer.getByTestId("review-tally")).toHaveText("1 of 1 approval");

  // The author accepts; the decision is locked and shows who approved and why.
  await page.reload();
  await expect(page.getByTestId("vote")).toContainText("Checked with the content team: weekly is right.");
  await page.getByLabel("Note for the record (optional)").fill("Agreed in Monday's review.");
  await page.getByRole("button", { name: "Accept the decision" }).click();
  await expect(page.getByTestId("assessment-status")).toHaveText("Accepted");
  await expect(page.getByRole("heading", { name: "Edit the answers" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Change this decision" })).toBeVisible();
  await screenshot(page, testInfo.project.name, "review-accepted");
  await expectNoAxeViolations(page);

  // The reviewer was told of the acceptance; the activity feed tells the story.
  await reviewer.goto(teamPath);
  await expect(reviewer.getByTestId("unread-count")).toHaveText("2");
  await reviewer.getByRole("link", { name: "Activity" }).click();
  const feed = reviewer.getByTestId("activity-entry");
  await expect(feed.first()).toContainText("Priya moved “Policy assistant” from proposed to accepted: Agreed in Monday's review.");
  await expect(feed.filter({ hasText: "Marco voted “Approve” on revision 1 of “Policy assistant”: Checked with the content team" })).toHaveCount(1);
  await expectNoAxeViolations(reviewer);

  // Changing the accepted decision makes a new draft that supersedes it, linked both ways.
  await page.getByLabel("Title of the new assessment").fill("Policy assistant, weekly updates");
  await page.getByRole("combobox", { name: "Knowledge changes" }).selectOption("weekly");
  await page.getByRole("button", { name: "Save as a new assessment that supersedes this one" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText("Policy assistant, weekly updates");
  await page.getByRole("link", { name: "Policy assistant", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${assessmentPath}$`));
  await expect(page.getByText("Superseded by")).toBeVisible();
  await expect(page.getByRole("link", { name: "Policy assistant, weekly updates" })).toBeVisible();
});

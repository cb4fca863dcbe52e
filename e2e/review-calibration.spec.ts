import { expect, test, type Page } from "@playwright/test";
import { recommend } from "../lib/decision/recommend";
import { architectureLabels, questions } from "../lib/decision/trait-catalog";
import type { Traits } from "../lib/decision/traits";
import { encodeAnswer } from "../lib/decision/traits-query-string";
import { paths } from "../lib/paths";
import { hybridTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";
import { createTeam, freshPage, newLink, signUp, signUpHere } from "./workspace-driver";

test.describe.configure({ timeout: 300_000 });

/** Fills the calibration form, which starts empty, with `traits`, and sends it. */
async function answer(page: Page, traits: Traits): Promise<void> {
  const form = page.getByRole("form", { name: "Your answers" });
  for (const question of questions) {
    if (question.kind === "number") {
      await form.locator(`input[name="${question.key}"]`).fill(String(traits[question.key]));
    } else if (question.kind === "multi") {
      for (const skill of Object.keys(question.options)) {
        await form.locator(`input[name="teamSkills"][value="${skill}"]`).setChecked((traits.teamSkills as string[]).includes(skill));
      }
    } else {
      await form.locator(`select[name="${question.key}"]`).selectOption(encodeAnswer(traits[question.key]));
    }
  }
  await form.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Your answers are in.")).toBeVisible();
}

/** A member joins the team through the invitation link, in a browser context of their own. */
async function join(page: Page, invite: string, name: string, team: string): Promise<void> {
  await page.goto(invite);
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUpHere(page, name);
  await page.getByRole("button", { name: `Join ${team}` }).click();
  await expect(page.getByText("You: Editor")).toBeVisible();
}

test("three people calibrate one decision: independent answers, the comparison after sending, the author settles into a new revision", async ({ page, browser }) => {
  // The author makes a team and invites two members (one link, two uses).
  await signUp(page, "Olivia");
  await createTeam(page, "Calibration Crew");
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("People who may use it").fill("2");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invite = await newLink(page);
  const ann = await freshPage(browser);
  const ben = await freshPage(browser);
  await join(ann, invite, "Ann", "Calibration Crew");
  await join(ben, invite, "Ben", "Calibration Crew");

  // The author saves a decision (a tuned model that retrieves) and opens its calibration tab.
  await page.goto(paths.results(hybridTraits));
  await page.getByTestId("save-to-workspace").click();
  await page.getByLabel("Title").fill("Contract assistant");
  await page.getByLabel("Save to").selectOption({ label: "Calibration Crew" });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText("Contract assistant");
  const calibrationPath = `${new URL(page.url()).pathname}/calibration`;
  await page.goto(calibrationPath);
  await expect(page.getByRole("link", { name: "Calibration", exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop", "calibration-start");

  // Everyone is ticked to begin with; the author asks all three.
  await page.getByRole("button", { name: "Ask them to answer" }).click();
  await expect(page.getByTestId("participant")).toHaveCount(3);
  await expect(page.getByTestId("round-status")).toContainText("0 of 3 answered");

  // Ann sees an empty form and no one's answers; she thinks the knowledge barely changes, which alone tips it to fine-tuning.
  await ann.goto(calibrationPath);
  await expect(ann.getByTestId("answers-hidden")).toBeVisible();
  await expect(ann.getByLabel(/Core need/)).toHaveValue("");
  await expectNoAxeViolations(ann);
  await screenshot(ann, "desktop", "calibration-answer");
  await answer(ann, { ...hybridTraits, knowledgeChange: "static" });
  await expect(ann.getByTestId("comparison-table")).toBeVisible();
  await expect(ann.getByTestId("answers-hidden")).toHaveCount(0);
  // Her form now holds what she sent, to change until the round is settled.
  await expect(ann.locator('select[name="knowledgeChange"]')).toHaveValue("static");
  await expect(ann.locator('select[name="need"]')).toHaveValue(hybridTraits.need);
  await expect(ann.getByRole("button", { name: "Update my answers" })).toBeVisible();

  // Ben has not answered: he sees that Ann has (her name), not what she said.
  await ben.goto(calibrationPath);
  await expect(ben.getByTestId("participant").filter({ hasText: "Ann" })).toContainText("Answered");
  await expect(ben.getByTestId("comparison-table")).toHaveCount(0);
  await expect(ben.getByTestId("disagreement")).toHaveCount(0);
  // He calls the data public: a disagreement that changes nothing.
  await answer(ben, { ...hybridTraits, dataSensitivity: "public" });
  await expect(ben.getByTestId("disagreement")).toHaveCount(2);
  // On a phone-sized screen too.
  await ben.setViewportSize({ width: 375, height: 740 });
  await expectNoAxeViolations(ben);
  await screenshot(ben, "mobile", "calibration-compare");

  // The author was asked too: she answers as saved, then sees everything and the settle form.
  await page.reload();
  await expect(page.getByTestId("answers-hidden")).toBeVisible();
  await answer(page, hybridTraits);
  const disagreements = page.getByTestId("disagreement");
  await expect(disagreements).toHaveCount(2);
  await expect(disagreements.first()).toHaveAttribute("data-trait", "knowledgeChange");
  await expect(disagreements.first()).toContainText("Changes the recommendation");
  await expect(disagreements.first()).toContainText(architectureLabels.fine_tuning);
  await expect(disagreements.nth(1)).toHaveAttribute("data-trait", "dataSensitivity");
  await expect(disagreements.nth(1)).not.toContainText("Changes the recommendation");
  await expect(page.getByTestId("member-outcome")).toHaveCount(3);
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop", "calibration-compare");

  // Settle: keep Ann's view of the knowledge and the saved sensitivity.
  await page.getByTestId("settle-knowledgeChange").getByRole("radio", { name: /Practically never/ }).check();
  await page.getByTestId("settle-dataSensitivity").getByRole("radio", { name: /^Internal/ }).check();
  await page.getByRole("button", { name: "Settle and save as a new revision" }).click();
  const record = page.getByTestId("settled-record");
  await expect(record).toContainText("Settled by Olivia");
  await expect(record.locator('tr[data-trait="knowledgeChange"] [data-testid="kept"]')).toContainText("Practically never");
  await expect(record.locator('tr[data-trait="knowledgeChange"] [data-testid="kept"]')).toContainText("as Ann");
  await expect(record.locator('tr[data-trait="dataSensitivity"] [data-testid="kept"]')).toContainText("the saved answer");
  await expectNoAxeViolations(page);
  await screenshot(page, "desktop", "calibration-settled");

  // The new revision carries the settled answers and their recommendation.
  const settled = recommend({ ...hybridTraits, knowledgeChange: "static" }).recommendation.architecture;
  await page.getByRole("link", { name: "revision 2" }).click();
  await expect(page.getByTestId("saved-architecture")).toHaveText(architectureLabels[settled]);
  await expect(page.getByText(/Revision 2 by Olivia/)).toBeVisible();

  // The record stays: Ben sees who answered what.
  await ben.goto(calibrationPath);
  await expect(ben.getByTestId("settled-record")).toContainText("Settled by Olivia");
  await expectNoAxeViolations(ben);
  await screenshot(ben, "mobile", "calibration-settled");
});

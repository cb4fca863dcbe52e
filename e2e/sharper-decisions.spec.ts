import { expect, test } from "@playwright/test";
import { questionsByKey, questionsForStep, steps } from "../lib/decision/trait-catalog";
import type { Traits } from "../lib/decision/traits";
import { paths } from "../lib/paths";
import { expectNoAxeViolations } from "./fixtures";
import { answerQuestion, answerStep, clickNext, openWizard, questionGroup, screenshot } from "./wizard-driver";

/** A knowledge project whose freshness and volume the person does not know. */
const project: Traits = {
  need: "both",
  taskType: "support_assistant",
  promptBaseline: "sufficient",
  knowledgeChange: "weekly",
  corpusSize: "small",
  citations: "helpful",
  outputControl: "consistent",
  domainVocabulary: "general",
  errorCost: "moderate",
  latency: "tolerant",
  dataSensitivity: "internal",
  perUserAccess: false,
  timeToShip: "weeks",
  labeledExamples: "hundreds",
  gpuAccess: "cloud",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 100_000,
  teamSkills: [],
};

const notSure = ["knowledgeChange", "corpusSize", "monthlyQueries"] as const;

test("a person who does not know some answers says “Not sure” and sees what each would change @mobile", async ({ page }, testInfo) => {
  await openWizard(page);
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    if (!step) break;
    await expect(page.getByRole("heading", { level: 2, name: step.title })).toBeVisible();
    for (const question of questionsForStep(step.id)) {
      if ((notSure as readonly string[]).includes(question.key)) {
        if (question.kind === "number") await page.locator(`[data-not-sure="${question.key}"]`).click();
        else await questionGroup(page, question).getByText("Not sure", { exact: true }).click();
      } else {
        await answerQuestion(page, question, project);
      }
    }
    if (step.id === "knowledge") await screenshot(page, testInfo.project.name, "wizard-not-sure");
    if (step.id === "resources") {
      await expect(page.locator('[data-not-sure="monthlyQueries"]')).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByText(/Not sure: we plan with 100K requests/)).toBeVisible();
    }
    if (index < steps.length - 1) await clickNext(page);
  }
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  expect(new URL(page.url()).searchParams.get("unsure")?.split(",").sort()).toEqual([...notSure].sort());

  const firmUp = page.locator("#firm-up");
  await expect(firmUp.getByRole("heading", { name: "Answer these to firm up" })).toBeVisible();
  await expect(firmUp.locator("[data-unsure]")).toHaveCount(3);
  // Those that can change the recommendation come first, each with the pick under every value.
  const flags = await firmUp.locator("[data-unsure]").evaluateAll((items) => items.map((item) => item.getAttribute("data-changes-pick")));
  expect(flags).toEqual([...flags].sort().reverse());
  await expect(firmUp.locator('[data-unsure="corpusSize"] tbody tr')).toHaveCount(4);
  await expect(page.getByTestId("confidence-level")).toBeVisible();
  await expect(page.getByTestId("confidence-basis")).toContainText("You marked 3 answers “Not sure”");
  await expect(page.locator('[data-unsure-answer="knowledgeChange"]')).toHaveText("Not sure (planning with Monthly)");
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo.project.name, "results-not-sure");
});

test("each step has its own URL: Back and Forward move between steps", async ({ page }) => {
  await openWizard(page);
  await expect(page).toHaveURL(/\/assess\?step=problem$/);
  await answerStep(page, 0, project);
  await clickNext(page);
  await expect(page).toHaveURL(/\?step=knowledge$/);
  await answerStep(page, 1, project);
  await clickNext(page);
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeVisible();
  await expect(page).toHaveURL(/\?step=behavior$/);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.knowledgeChange).getByRole("radio", { name: "Weekly" })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();

  // A link to a step opens it once reached; a step not reached yet opens the furthest one reached.
  await page.goto("/assess?step=knowledge");
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
  await page.goto("/assess?step=team");
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeVisible();
  await expect(page).toHaveURL(/\?step=behavior$/);
});

test("“Edit answers” from a shared link asks before replacing answers in progress, and keeps them recoverable", async ({ page }, testInfo) => {
  await openWizard(page);
  await questionGroup(page, questionsByKey.need).getByText("New behaviour", { exact: true }).click();

  const shared: Traits = { ...project, need: "knowledge" };
  await page.goto(paths.results(shared));
  await page.getByRole("link", { name: "Edit answers" }).first().click();
  const dialog = page.getByRole("dialog", { name: "You have answers in progress" });
  await expect(dialog).toBeVisible();
  await screenshot(page, testInfo.project.name, "edit-answers-prompt");

  // Keeping mine opens the wizard with my answer untouched.
  await dialog.getByRole("button", { name: "Keep working on mine" }).click();
  await page.waitForURL(/\/assess/);
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New behaviour" })).toBeChecked();

  // Opening the link's answers sets mine aside, and the wizard offers them back.
  await page.goto(paths.results(shared));
  await page.getByRole("link", { name: "Edit answers" }).first().click();
  await page.getByRole("dialog", { name: "You have answers in progress" }).getByRole("button", { name: "Open these answers" }).click();
  await page.waitForURL(/\/assess/);
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New knowledge" })).toBeChecked();
  const banner = page.getByTestId("set-aside");
  await expect(banner).toContainText("1 answer");
  await screenshot(page, testInfo.project.name, "wizard-set-aside");
  await banner.getByRole("button", { name: "Switch to the other answers" }).click();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New behaviour" })).toBeChecked();
  // The link's answers are now the ones set aside.
  await expect(page.getByTestId("set-aside")).toContainText("answers");
  await page.getByTestId("set-aside").getByRole("button", { name: "Discard them" }).click();
  await expect(page.getByTestId("set-aside")).toHaveCount(0);
});

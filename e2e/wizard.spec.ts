import { expect, test, type Page } from "@playwright/test";
import { recommend } from "../lib/decision/recommend";
import { architectureLabels, questions, questionsByKey, steps } from "../lib/decision/trait-catalog";
import type { Traits } from "../lib/decision/traits";
import { traitsFromSearchParams } from "../lib/decision/traits-url";
import type { Architecture } from "../lib/decision/types";
import { paths } from "../lib/paths";
import { expectNoAxeViolations } from "./fixtures";
import {
  answerStep,
  clickNext,
  fillWizard,
  noSkillsLabel,
  openWizard,
  optionLabel,
  questionGroup,
  screenshot,
  submittedTraits,
  tabTo as tabToElement,
} from "./wizard-driver";

/** Fresh documents, citations, per-user permissions, little training data: retrieval. */
const ragCase: Traits = {
  need: "knowledge",
  taskType: "support_assistant",
  promptBaseline: "insufficient",
  knowledgeChange: "daily",
  corpusSize: "large",
  citations: "required",
  outputControl: "loose",
  domainVocabulary: "general",
  errorCost: "high",
  latency: "tolerant",
  dataSensitivity: "internal",
  perUserAccess: true,
  timeToShip: "weeks",
  labeledExamples: "under_100",
  gpuAccess: "none",
  upfrontBudgetUsd: 20_000,
  monthlyQueries: 50_000,
  teamSkills: ["retrieval", "evaluation"],
};

/** Strict output, specialised language, tens of thousands of examples, 300 ms: training. */
const fineTuningCase: Traits = {
  need: "behavior",
  taskType: "classification_extraction",
  promptBaseline: "insufficient",
  knowledgeChange: "static",
  corpusSize: "fits_in_prompt",
  citations: "none",
  outputControl: "strict",
  domainVocabulary: "highly_specialized",
  errorCost: "moderate",
  latency: "strict",
  dataSensitivity: "public",
  perUserAccess: false,
  timeToShip: "months",
  labeledExamples: "tens_of_thousands",
  gpuAccess: "dedicated",
  upfrontBudgetUsd: 150_000,
  monthlyQueries: 20_000_000,
  teamSkills: ["model_training", "mlops"],
};

/** A house voice and fresh facts together, with data, time and budget for both: hybrid. No listed skills. */
const hybridCase: Traits = {
  need: "both",
  taskType: "agent_workflow",
  promptBaseline: "insufficient",
  knowledgeChange: "weekly",
  corpusSize: "small",
  citations: "helpful",
  outputControl: "strict",
  domainVocabulary: "highly_specialized",
  errorCost: "high",
  latency: "tolerant",
  dataSensitivity: "internal",
  perUserAccess: false,
  timeToShip: "months",
  labeledExamples: "thousands",
  gpuAccess: "dedicated",
  upfrontBudgetUsd: 250_000,
  monthlyQueries: 500_000,
  teamSkills: [],
};

const cases: { name: string; traits: Traits; expected: Architecture }[] = [
  { name: "RAG", traits: ragCase, expected: "rag" },
  { name: "fine-tuning", traits: fineTuningCase, expected: "fine_tuning" },
  { name: "hybrid", traits: hybridCase, expected: "hybrid" },
];

/** The results page belongs to another team: assert its text only once it exists; the URL always. */
async function expectResultsFor(page: Page, traits: Traits, expected: Architecture) {
  await expect(page).toHaveURL(/\/results\?/);
  const decoded = traitsFromSearchParams(new URL(page.url()).searchParams);
  expect(decoded).toEqual({ ok: true, traits });
  const response = await page.request.get(page.url());
  if (response.status() === 200) {
    await expect(page.getByText(architectureLabels[expected], { exact: false }).first()).toBeVisible();
  }
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Failed requests are reported below with their URL instead.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    // The browser's own favicon probe and the results page (another team's) are not the wizard's concern.
    if (response.status() >= 400 && url.pathname !== "/favicon.ico" && url.pathname !== "/results") {
      errors.push(`${response.status()} ${url.pathname}`);
    }
  });
  return errors;
}

for (const { name, traits, expected } of cases) {
  test(`a ${name} project, filled by clicking, ends at its results`, async ({ page }) => {
    expect(recommend(traits).recommendation.architecture, "the test case itself").toBe(expected);
    const errors = collectErrors(page);
    await fillWizard(page, traits, { submit: false });
    await expect(page.getByText("All questions answered")).toBeVisible();
    await expect(page.getByTestId("leaning-summary")).toContainText(architectureLabels[expected]);
    await page.getByRole("button", { name: "See my recommendation" }).click();
    await page.waitForURL(/\/results\?/);
    await expectResultsFor(page, submittedTraits(traits), expected);
    expect(errors).toEqual([]);
  });
}

test("nothing is pre-answered: no radio checked, number fields empty, no skills ticked", async ({ page }) => {
  await openWizard(page);
  for (let index = 0; index < steps.length; index++) {
    await expect(page.locator("input:checked")).toHaveCount(0);
    for (const field of await page.getByRole("textbox").all()) await expect(field).toHaveValue("");
    await answerStep(page, index, ragCase);
    if (index < steps.length - 1) await clickNext(page);
  }
});

test("Next with a missing answer shows the message beside the field and focuses it @mobile", async ({ page }) => {
  await openWizard(page);
  const need = questionsByKey.need;
  await questionGroup(page, questionsByKey.taskType).getByText("Answer questions", { exact: true }).click();
  await page.getByRole("button", { name: /^Next/ }).click();

  const needGroup = questionGroup(page, need);
  await expect(needGroup.getByText("Choose one answer.")).toBeVisible();
  const firstNeed = needGroup.getByRole("radio").first();
  await expect(firstNeed).toBeFocused();
  await expect(firstNeed).toHaveAttribute("aria-invalid", "true");
  await expect(firstNeed).toHaveAttribute("aria-describedby", /need-error/);
  // The task type was answered: no message there; the prompt baseline has one too.
  await expect(questionGroup(page, questionsByKey.taskType).getByText("Choose one answer.")).toHaveCount(0);
  await expect(questionGroup(page, questionsByKey.promptBaseline).getByText("Choose one answer.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: steps[0].title })).toBeVisible();
  await expectNoAxeViolations(page);

  // Answering clears the message at once.
  await needGroup.getByText(optionLabel(need, "knowledge"), { exact: true }).click();
  await expect(needGroup.getByText("Choose one answer.")).toHaveCount(0);
  await expect(firstNeed).not.toHaveAttribute("aria-invalid", "true");
});

test("a number out of range gets the contract's message beside the field", async ({ page }) => {
  await openWizard(page);
  for (const index of [0, 1, 2, 3]) {
    await answerStep(page, index, ragCase);
    await clickNext(page);
  }
  await answerStep(page, 4, ragCase);
  const budgetQuestion = questions.find((q) => q.key === "upfrontBudgetUsd")?.question ?? "";
  const budget = page.getByRole("textbox", { name: budgetQuestion, exact: true });
  await budget.fill("-50");
  await clickNext(page);
  await expect(page.locator("#upfrontBudgetUsd-error")).toHaveText("The one-time budget cannot be negative.");
  await expect(budget).toBeFocused();
  await expect(budget).toHaveAttribute("aria-invalid", "true");
  await budget.fill("25k");
  await expect(page.getByText("= $25,000")).toBeVisible();
  await expect(page.locator("#upfrontBudgetUsd-error")).toHaveCount(0);
  await clickNext(page);
  await expect(page.getByRole("heading", { level: 2, name: "Team" })).toBeVisible();
});

test("the team step needs a deliberate choice; “None of these yet” is one", async ({ page }) => {
  await fillWizard(page, { ...hybridCase, teamSkills: ["retrieval"] }, { submit: false });
  const skills = questionGroup(page, questionsByKey.teamSkills);
  // Untick the only skill: the question is unanswered again, not "no skills".
  await skills.getByText("Retrieval pipelines", { exact: true }).click();
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await expect(page.locator("#teamSkills-error")).toBeVisible();
  await expect(page).toHaveURL(/\/assess(\?step=\w+)?$/);
  await skills.getByText(noSkillsLabel, { exact: true }).click();
  await expect(page.locator("#teamSkills-error")).toHaveCount(0);
  // Ticking a skill unticks "None of these yet" and vice versa.
  await skills.getByText("Evaluation", { exact: true }).click();
  await expect(skills.getByRole("checkbox", { name: noSkillsLabel })).not.toBeChecked();
  await skills.getByText(noSkillsLabel, { exact: true }).click();
  await expect(skills.getByRole("checkbox", { name: "Evaluation" })).not.toBeChecked();
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  await expect(page).toHaveURL(/teamSkills=(&|$)/);
});

test("keyboard only: Tab, arrows, Space and Enter take a project to its results", async ({ page }) => {
  await openWizard(page);
  const keys = page.keyboard;

  const tabTo = (selector: string) => tabToElement(page, selector);
  /** Selects the n-th radio of a group: Space on the first, or arrow keys (which move and select). */
  async function chooseRadio(name: string, index: number) {
    await tabTo(`input[type=radio][name="${name}"]`);
    if (index === 0) await keys.press("Space");
    for (let i = 0; i < index; i++) await keys.press("ArrowDown");
  }

  // Step 1: knowledge (1st), support assistant (3rd), tried — not enough (2nd); Enter submits.
  await chooseRadio("need", 0);
  await chooseRadio("taskType", 2);
  await chooseRadio("promptBaseline", 1);
  // The focus ring is visible on the focused option's card.
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest("label")!).boxShadow);
  expect(ring).not.toBe("none");
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeFocused();

  // Step 2: daily (2nd), up to 1M documents (3rd), required (3rd).
  await chooseRadio("knowledgeChange", 1);
  await chooseRadio("corpusSize", 2);
  await chooseRadio("citations", 2);
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeFocused();

  // Step 3: loosely, everyday, serious harm.
  await chooseRadio("outputControl", 0);
  await chooseRadio("domainVocabulary", 0);
  await chooseRadio("errorCost", 2);
  await keys.press("Enter");

  // Step 4: under 5 s, internal, yes, weeks.
  await chooseRadio("latency", 2);
  await chooseRadio("dataSensitivity", 1);
  await chooseRadio("perUserAccess", 0);
  await chooseRadio("timeToShip", 1);
  await keys.press("Enter");

  // Step 5: fewer than 100, none, then type the amounts; Enter in a text field submits too.
  await chooseRadio("labeledExamples", 1);
  await chooseRadio("gpuAccess", 0);
  await tabTo("#upfrontBudgetUsd-input");
  await keys.type("20000");
  await tabTo("#monthlyQueries-input");
  await keys.type("50k");
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Team" })).toBeFocused();

  // Step 6: tick two skills with Space, then Enter on a checkbox submits the wizard.
  await tabTo("#teamSkills-retrieval");
  await keys.press("Space");
  await tabTo("#teamSkills-evaluation");
  await keys.press("Space");
  await keys.press("Enter");
  await page.waitForURL(/\/results\?/);
  await expectResultsFor(page, ragCase, "rag");
});

test("closing and coming back resumes at the same step with the same answers @mobile", async ({ page }) => {
  const errors = collectErrors(page);
  await openWizard(page);
  await answerStep(page, 0, hybridCase);
  await clickNext(page);
  const freshness = questionGroup(page, questionsByKey.knowledgeChange);
  await freshness.getByText(optionLabel(questionsByKey.knowledgeChange, "static"), { exact: true }).click();

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await expect(freshness.getByRole("radio", { name: "Practically never" })).toBeChecked();
  await expect(page.getByText("Provisional: 14 questions left")).toBeVisible();

  // A new tab on the same origin (same storage) resumes too; earlier answers are kept.
  const again = await page.context().newPage();
  await again.goto("/assess");
  await expect(again.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
  await again.getByRole("button", { name: /The problem/ }).click();
  await expect(questionGroup(again, questionsByKey.need).getByRole("radio", { name: "Both" })).toBeChecked();
  // An answer changed in the second tab shows up in the first without a reload.
  await questionGroup(again, questionsByKey.need).getByText("New knowledge", { exact: true }).click();
  await again.close();
  await page.getByRole("button", { name: /The problem/ }).click();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New knowledge" })).toBeChecked();
  expect(errors, "no hydration or runtime errors").toEqual([]);
});

test("jumping back to a reached step and forward again keeps answers; unreached steps are not links", async ({ page }) => {
  await openWizard(page);
  const progress = page.getByRole("navigation", { name: "Assessment steps" });
  await expect(progress.getByRole("button")).toHaveCount(1);
  await answerStep(page, 0, ragCase);
  await clickNext(page);
  await answerStep(page, 1, ragCase);
  await clickNext(page);
  await expect(progress.getByRole("button")).toHaveCount(3);
  await expect(progress.getByRole("button", { name: /Behaviour and output/ })).toHaveAttribute("aria-current", "step");
  await progress.getByRole("button", { name: /The problem/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New knowledge" })).toBeChecked();
  await progress.getByRole("button", { name: /Behaviour and output/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeVisible();
  await page.getByRole("button", { name: /Back/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
});

test("Start over asks first, then clears every answer @mobile", async ({ page }) => {
  await openWizard(page);
  await answerStep(page, 0, ragCase);
  await clickNext(page);
  await answerStep(page, 1, ragCase);

  await page.getByRole("button", { name: "Start over" }).click();
  const dialog = page.getByRole("dialog", { name: "Start over?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("all 6 answers");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep my answers" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();

  await page.getByRole("button", { name: "Start over" }).click();
  await dialog.getByRole("button", { name: "Clear answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeFocused();
  await expect(page.locator("input:checked")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button")).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeVisible();
  await expect(page.locator("input:checked")).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("wizard-v1") ?? "null") as unknown);
  expect(stored).toMatchObject({ version: 1, state: { answers: {}, stepIndex: 0, furthestStep: 0 } });
});

test("stored answers from another version or tampered storage do not break the wizard", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() =>
    localStorage.setItem(
      "wizard-v1",
      JSON.stringify({ version: 1, state: { answers: { need: "knowledge", latency: "warp", bogus: 1 }, stepIndex: 9, furthestStep: 2 } }),
    ),
  );
  await page.goto("/assess");
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeVisible();
  await page.getByRole("button", { name: /The problem/ }).click();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New knowledge" })).toBeChecked();
});

test("the leaning panel re-scores as answers change and says how many questions are left", async ({ page }) => {
  await openWizard(page);
  const panel = page.getByRole("complementary", { name: "Leaning so far" });
  await expect(panel).toContainText("Answer a question");
  const need = questionGroup(page, questionsByKey.need);
  await need.getByText("New knowledge", { exact: true }).click();
  await expect(panel).toContainText("Provisional: 17 questions left");
  await expect(panel.getByTestId("leaning-summary")).toContainText("RAG");
  await need.getByText("New behaviour", { exact: true }).click();
  await expect(panel.getByTestId("leaning-summary")).toContainText("Fine-tuning");
  await expect(panel.getByRole("listitem")).toHaveCount(4 + 1);
});

for (const scheme of ["light", "dark"] as const) {
  test(`every wizard step has no axe violations (${scheme}) @mobile`, async ({ page }) => {
    test.slow(); // twelve full axe scans: give it three times the usual budget on a busy machine
    await page.emulateMedia({ colorScheme: scheme });
    await openWizard(page);
    for (let index = 0; index < steps.length; index++) {
      await expect(page.getByRole("heading", { level: 2, name: steps[index]?.title })).toBeVisible();
      await expectNoAxeViolations(page);
      await answerStep(page, index, index % 2 === 0 ? ragCase : hybridCase);
      await expectNoAxeViolations(page);
      if (index < steps.length - 1) await clickNext(page);
    }
  });
}

test("screenshots of every step, light and dark @mobile", async ({ page }, testInfo) => {
  const shot = async (name: string) => {
    await screenshot(page, testInfo.project.name, name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name}: nothing wider than the screen`).toBeLessThanOrEqual(0);
  };
  await openWizard(page);
  await shot("assess-0-empty");
  await tabToElement(page, "#need-behavior, #need-knowledge");
  await page.keyboard.press("ArrowDown");
  await shot("assess-0-keyboard-focus");
  await openWizard(page);
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Clear answers" }).click();
  await page.getByRole("button", { name: /^Next/ }).click();
  await shot("assess-0-errors");
  for (let index = 0; index < steps.length; index++) {
    await answerStep(page, index, index === 5 ? fineTuningCase : hybridCase);
    await shot(`assess-${index + 1}-${steps[index]?.id}`);
    if (index < steps.length - 1) await clickNext(page);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await shot("assess-6-team-dark");
  await page.getByRole("button", { name: "Start over" }).click();
  await shot("assess-start-over-dialog");
});

test("“Edit answers” on a shared results link opens the wizard with every answer filled", async ({ page }) => {
  const response = await page.goto(paths.results(hybridCase));
  expect(response?.status()).toBe(200);
  await page.getByRole("link", { name: "Edit answers" }).first().click();
  await page.waitForURL(/\/assess(\?step=\w+)?$/);
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "Both" })).toBeChecked();
  await expect(page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button")).toHaveCount(steps.length);
  await expect(page.getByText("All questions answered")).toBeVisible();
  await page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button", { name: /Team/ }).click();
  await expect(questionGroup(page, questionsByKey.teamSkills).getByRole("checkbox", { name: noSkillsLabel })).toBeChecked();
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  await expectResultsFor(page, hybridCase, "hybrid");
});

test("a behaviour-only need skips the retrieval questions with a note; the team size and strength are asked", async ({ page }) => {
  await openWizard(page);
  await answerStep(page, 0, fineTuningCase);
  await clickNext(page);
  // Knowledge is passed over: Next goes straight to Behaviour, and the step list says why.
  await expect(page.getByRole("heading", { level: 2, name: "Behaviour and output" })).toBeVisible();
  const note = page.getByTestId("skipped-note");
  await expect(note).toContainText("Skipped: your need is behaviour only");
  await expect(note).toContainText("Source material: Up to ~1,000 documents");
  const stepList = page.getByRole("navigation", { name: "Assessment steps" });
  await expect(stepList.getByText("skipped", { exact: true })).toBeVisible();
  await expect(stepList.getByRole("button", { name: /Knowledge/ })).toHaveCount(0);
  await answerStep(page, 2, fineTuningCase);
  await clickNext(page);
  // Per-user access belongs to the retrieval side too: not asked on Constraints.
  await expect(page.getByRole("heading", { level: 2, name: "Constraints" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.perUserAccess)).toHaveCount(0);
  await answerStep(page, 3, fineTuningCase);
  await clickNext(page);
  await answerStep(page, 4, fineTuningCase);
  await clickNext(page);
  await answerStep(page, 5, fineTuningCase);
  await page.getByRole("textbox", { name: "How many engineers can work on this project?" }).fill("6");
  await page.getByRole("group", { name: "How strong is the team at everyday software engineering?" }).getByText("Strong", { exact: true }).click();

  // Back on the first step, switching the need to Both brings the knowledge questions back, unanswered.
  await stepList.getByRole("button", { name: /The problem/ }).click();
  await questionGroup(page, questionsByKey.need).getByText("Both", { exact: true }).click();
  await expect(note).toHaveCount(0);
  await clickNext(page);
  await expect(page.getByRole("heading", { level: 2, name: "Knowledge" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.corpusSize).getByRole("radio", { checked: true })).toHaveCount(0);
  // And back to behaviour only: submitted with the assumptions, nothing marked unsure, the team answers kept.
  await page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button", { name: /The problem/ }).click();
  await questionGroup(page, questionsByKey.need).getByText("New behaviour", { exact: true }).click();
  await page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button", { name: /Team/ }).click();
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  const decoded = traitsFromSearchParams(new URL(page.url()).searchParams);
  expect(decoded).toEqual({ ok: true, traits: { ...submittedTraits(fineTuningCase), teamSize: 6, engineeringStrength: "strong" } });
  await expect(page.locator('[data-skipped-answer="corpusSize"]')).toHaveText("Skipped (assumed Up to ~1,000 documents)");
  await expect(page.locator('[data-answer="engineeringStrength"]')).toHaveText("Strong");

  // The hiring plan says what the team answers changed in the headcount.
  await page.goto(page.url().replace("/results?", "/plan?"));
  await expect(page.getByTestId("team-effect")).toContainText("strong at everyday software engineering");
  await expect(page.getByTestId("team-effect")).toContainText("AI product engineer −0.5 FTE");
});

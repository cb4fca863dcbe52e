import { expect, type Page } from "@playwright/test";
import { questionsForStep, steps, type OptionCopy, type Question } from "../lib/decision/trait-catalog";
import { answersWithSkips, isSkippedQuestion } from "../lib/decision/skipped";
import { traitsSchema, type Traits } from "../lib/decision/traits";

/** True when the wizard does not show this step for these answers (a behaviour-only need skips Knowledge). */
export function isStepSkipped(stepIndex: number, traits: Traits): boolean {
  const step = steps[stepIndex];
  return step !== undefined && questionsForStep(step.id).every((question) => isSkippedQuestion(question.key, traits));
}

/** The traits the wizard submits for these answers: a behaviour-only need's retrieval answers replaced by the assumptions. */
export function submittedTraits(traits: Traits): Traits {
  return traitsSchema.parse(answersWithSkips(traits));
}

/** Label of the explicit "no skills" answer on the team step. */
export const noSkillsLabel = "None of these yet";

/** Opens the wizard and waits until the saved answers are loaded (the first step's heading is shown). */
export async function openWizard(page: Page, url = "/assess"): Promise<void> {
  await page.goto(url);
  await expect(page.locator("#step-title")).toBeVisible();
}

/** The group (fieldset) of one question, found by its legend, the way a screen reader user would. */
export function questionGroup(page: Page, question: Question) {
  return page.getByRole("group", { name: question.question, exact: true });
}

/** The visible label of one answer, as the catalog words it. */
export function optionLabel(question: Question, value: unknown): string {
  if (question.kind === "number" || question.kind === "multi") throw new Error(`${question.key} has no single option label`);
  const copy = (question.options as Record<string, OptionCopy>)[String(value)];
  if (!copy) throw new Error(`No option ${String(value)} for ${question.key}`);
  return copy.label;
}

/** Answers one question by clicking its labels (or typing into its field). */
export async function answerQuestion(page: Page, question: Question, traits: Traits): Promise<void> {
  switch (question.kind) {
    case "number":
      await page.getByRole("textbox", { name: question.question, exact: true }).fill(String(traits[question.key]));
      return;
    case "multi": {
      const group = questionGroup(page, question);
      if (traits.teamSkills.length === 0) {
        await group.getByText(noSkillsLabel, { exact: true }).click();
        return;
      }
      for (const skill of traits.teamSkills) await group.getByText(question.options[skill].label, { exact: true }).click();
      return;
    }
    default:
      await questionGroup(page, question).getByText(optionLabel(question, traits[question.key]), { exact: true }).click();
  }
}

/** Answers every question of the step on screen. */
export async function answerStep(page: Page, stepIndex: number, traits: Traits): Promise<void> {
  const step = steps[stepIndex];
  if (!step) throw new Error(`No step ${stepIndex}`);
  await expect(page.getByRole("heading", { level: 2, name: step.title })).toBeVisible();
  for (const question of questionsForStep(step.id)) {
    if (!isSkippedQuestion(question.key, traits)) await answerQuestion(page, question, traits);
  }
}

export async function clickNext(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Next/ }).click();
}

/**
 * Fills the whole wizard from a complete traits object by clicking labels, step by step from the first.
 * With `submit` (the default) it then presses "See my recommendation" and waits for /results.
 * Starts with a fresh wizard: call it in a new browser context (Playwright's default per test).
 */
export async function fillWizard(page: Page, traits: Traits, { submit = true, url }: { submit?: boolean; url?: string } = {}): Promise<void> {
  await openWizard(page, url);
  for (let index = 0; index < steps.length; index++) {
    // A skipped step is passed over by Next on the step before it.
    if (isStepSkipped(index, traits)) continue;
    await answerStep(page, index, traits);
    if (index < steps.length - 1) await clickNext(page);
  }
  if (submit) {
    await page.getByRole("button", { name: "See my recommendation" }).click();
    await page.waitForURL(/\/results\?/);
  }
}

/**
 * A full-page screenshot under test-results/screens/, at CSS pixels. Long mobile pages are also cut into
 * screen-sized parts so each can be read at full size.
 */
export async function screenshot(page: Page, project: string, name: string): Promise<void> {
  const base = `test-results/screens/${project}-${name}`;
  await page.screenshot({ path: `${base}.png`, fullPage: true, scale: "css" });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  if (width > 600) return;
  const part = 1000;
  for (let y = 0, n = 1; y < height; y += part, n++) {
    await page.screenshot({ path: `${base}-part${n}.png`, fullPage: true, scale: "css", clip: { x: 0, y, width, height: Math.min(part, height - y) } });
  }
}

/** Presses Tab until the focused element matches `selector` (keyboard only), failing after 40 presses. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

import { expect, test, type Page } from "@playwright/test";
import { budgetFit, defaultAssumptionValues } from "../lib/cost";
import { recommend } from "../lib/decision/recommend";
import { roleLabels } from "../lib/decision/trait-catalog";
import { buildHiringPlan } from "../lib/hiring";
import { paths } from "../lib/paths";
import { makeTraits, ragTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { questionsByKey, steps } from "../lib/decision/trait-catalog";
import { answerQuestion, answerStep, clickNext, openWizard } from "./wizard-driver";

/** A small project: $25,000, a first version within weeks, nobody on the team with AI skills yet. */
const smallProject = makeTraits({ upfrontBudgetUsd: 25_000, timeToShip: "weeks", teamSkills: [] });

async function costsReady(page: Page): Promise<void> {
  await expect(page.getByTestId("budget-fit")).toBeVisible();
}

test("a small-budget project gets a lean plan that fits, side by side with the full plan, saying what it gives up @mobile", async ({ page }) => {
  const fit = budgetFit({ traits: smallProject, recommendation: recommend(smallProject), assumptions: defaultAssumptionValues });
  expect(fit.lean?.fits).toBe(true);
  await page.goto(paths.plan(smallProject));
  await costsReady(page);
  const budget = page.getByTestId("budget-fit");
  await expect(budget).toHaveAttribute("data-full-fits", "false");
  await expect(budget).toHaveAttribute("data-lean-fits", "true");
  await expect(page.getByTestId("budget-headline")).toContainText("over");
  await expect(page.getByTestId("budget-headline")).toContainText("$25,000");
  const full = budget.locator('[data-kind="full"]');
  const lean = budget.locator('[data-kind="lean"]');
  await expect(full).toHaveAttribute("data-fits", "false");
  await expect(lean).toHaveAttribute("data-fits", "true");
  await expect(lean.getByTestId("option-team").locator("[data-role]")).toHaveCount(fit.lean?.staffing.roles.length ?? -1);
  for (const item of fit.lean?.givesUp ?? []) await expect(lean.getByTestId("gives-up")).toContainText(item);
  // It can start this month: the lean team works from week 1.
  await expect(lean.getByTestId("work-starts")).toHaveText(/^week [1-4]$/);
  await expectNoAxeViolations(page);
});

test("a tight deadline that hiring cannot meet says so and shows the faster paths", async ({ page }) => {
  await page.goto(paths.plan(smallProject));
  await costsReady(page);
  await expect(page.getByTestId("calendar-headline")).toHaveAttribute("data-meets-deadline", "false");
  await expect(page.getByTestId("calendar-headline")).toContainText("Hiring makes that impossible");
  const paths_ = page.getByTestId("faster-paths");
  await expect(paths_.locator("[data-path]")).toHaveCount(3);
  for (const kind of ["contract_first", "train_existing", "managed_services"]) {
    await expect(paths_.locator(`[data-path="${kind}"]`)).toHaveAttribute("data-meets-deadline", "true");
  }
  // Switching to India (90-day notice periods) keeps the figures live.
  await page.getByTestId("region").selectOption("in");
  await expect(page.getByTestId("cost-explorer")).toHaveAttribute("data-region", "in");
});

test("the printed planner contains every job description and scorecard, collapsed on screen or not", async ({ page }) => {
  const plan = buildHiringPlan(ragTraits, recommend(ragTraits));
  await page.goto(paths.plan(ragTraits));
  await costsReady(page);
  for (const role of plan.roles) await expect(page.locator(`[data-kit="${role.role}"] [data-testid="job-description"]`)).toBeHidden();
  await page.emulateMedia({ media: "print" });
  for (const role of plan.roles) {
    const kit = page.locator(`[data-kit="${role.role}"]`);
    await expect(kit.getByTestId("job-description")).toBeVisible();
    await expect(kit.getByTestId("job-description")).toContainText(role.jobDescription.heading);
    await expect(kit.getByTestId("scorecard")).toBeVisible();
  }
});

test("the results page, the planner, the JSON and the decision record name the same team", async ({ page, request }) => {
  const result = recommend(ragTraits);
  const plan = buildHiringPlan(ragTraits, result);
  await page.goto(paths.results(ragTraits));
  const roles = page.getByTestId("roles").locator("[data-role]");
  await expect(roles).toHaveCount(plan.roles.length);
  for (const role of plan.roles) {
    const card = page.getByTestId("roles").locator(`[data-role="${role.role}"]`);
    await expect(card.getByTestId("role-seniority")).toHaveText(role.seniority);
    await expect(card.getByTestId("role-fte")).toHaveText(`${role.peakFte} FTE`);
    await expect(card.getByTestId("role-sourcing")).toHaveText({ hire: "Hire", train: "Train", contract: "Contract" }[role.sourcing.mode]);
  }
  await expectNoAxeViolations(page);

  await page.goto(paths.plan(ragTraits));
  for (const role of plan.roles) {
    const card = page.getByTestId("role-cards").locator(`[data-role="${role.role}"]`);
    await expect(card.getByTestId("seniority")).toHaveText(role.seniority);
    await expect(card.getByTestId("sourcing")).toHaveAttribute("data-mode", role.sourcing.mode);
  }

  const json = (await (await request.get(paths.assessmentJson(ragTraits))).json()) as {
    recommendation: { roleProfile: { roles: { role: string; seniority: string; fte: number; sourcing: string }[] } };
    plan: { full: { roles: { role: string; seniority: string; peakFte: number; sourcing: string }[] } };
  };
  const expected = plan.roles.map((role) => [role.role, role.seniority, role.peakFte, role.sourcing.mode]);
  expect(json.recommendation.roleProfile.roles.map((r) => [r.role, r.seniority, r.fte, r.sourcing])).toEqual(expected);
  expect(json.plan.full.roles.map((r) => [r.role, r.seniority, r.peakFte, r.sourcing])).toEqual(expected);

  const record = await (await request.get(paths.decisionRecord(ragTraits))).text();
  for (const heading of ["## Roles", "## Team plan", "## Timeline", "## Cost summary"]) expect(record).toContain(heading);
  for (const role of plan.roles) expect(record).toContain(`| ${roleLabels[role.role]} |`);
});

test("the wizard asks for an approximate document count and derives the size from it", async ({ page }) => {
  await openWizard(page);
  await answerStep(page, 0, ragTraits);
  await clickNext(page);
  await page.getByLabel("About how many documents?").fill("5,000");
  await expect(page.locator("#corpusSize-large")).toBeChecked();
  await page.getByLabel(/Average length, in pages/).fill("0.02");
  // 5,000 documents × 0.02 pages = 100 pages: it fits in one prompt.
  await expect(page.locator("#corpusSize-fits_in_prompt")).toBeChecked();
  await page.getByLabel(/Average length, in pages/).fill("");
  await expectNoAxeViolations(page);
  await page.getByText("Up to ~1,000 documents", { exact: true }).click();
  await expect(page.getByLabel("About how many documents?")).toHaveValue("");
  await page.getByLabel("About how many documents?").fill("5000");
  await answerQuestion(page, questionsByKey.knowledgeChange, ragTraits);
  await answerQuestion(page, questionsByKey.citations, ragTraits);
  for (let index = 2; index < steps.length; index++) {
    await clickNext(page);
    await answerStep(page, index, ragTraits);
  }
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.get("corpusDocuments")).toBe("5000");
  expect(params.get("corpusSize")).toBe("large");
});

test("screenshots of the changed pages @mobile", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const shot = (name: string) => testInfo.outputPath(`staffing-${testInfo.project.name}-${name}.png`);
  await page.goto(paths.plan(smallProject));
  await costsReady(page);
  await page.getByTestId("budget-fit").screenshot({ path: shot("budget") });
  await page.locator("#team").screenshot({ path: shot("team") });
  await page.getByTestId("assumptions").screenshot({ path: shot("assumptions") });
  await page.goto(paths.results(smallProject));
  await page.getByTestId("roles").screenshot({ path: shot("results-roles") });
  await openWizard(page);
  await answerStep(page, 0, ragTraits);
  await clickNext(page);
  await page.getByLabel("About how many documents?").fill("5,000");
  await page.locator('[data-question="corpusSize"]').screenshot({ path: shot("wizard-corpus") });
  await page.emulateMedia({ media: "print" });
  await page.goto(paths.plan(ragTraits));
  await page.locator("#hiring-kits").screenshot({ path: shot("print-kits") });
});

import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { computeCostModel, type CostModel } from "../lib/cost";
import { recommend } from "../lib/decision/recommend";
import { architectureLabels } from "../lib/decision/trait-catalog";
import { traitsToQueryString } from "../lib/decision/traits-query-string";
import { paths } from "../lib/paths";
import { architectures } from "../lib/decision/types";
import { buildHiringPlan, renderJobDescriptionMarkdown, renderScorecardMarkdown } from "../lib/hiring";
import { expectNoAxeViolations } from "./fixtures";
import { fineTuningTraits, ragTraits } from "../tests/fixtures/traits";

const planUrl = paths.plan;
const resultsUrl = paths.results;
const usd = (value: number) => `$${new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(Math.round(value))}`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Failed requests are reported below with their address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** Waits until uPlot has drawn into the chart (it loads lazily, after hydration). */
async function chartReady(page: Page): Promise<void> {
  await expect(page.getByTestId("uplot").locator("canvas")).toBeVisible();
}

/** The page's figures for one model: cheapest at each checkpoint, every break-even month, the legend at month 24. */
async function expectModel(page: Page, model: CostModel): Promise<void> {
  for (const entry of model.cheapest) {
    const card = page.getByTestId("cheapest").locator(`[data-month="${entry.month}"]`);
    await expect(card).toHaveAttribute("data-architecture", entry.architecture);
    await expect(card.getByTestId(`cheapest-${entry.month}`)).toHaveText(usd(entry.cumulative));
  }
  for (const entry of model.breakEvens) {
    await expect(page.getByTestId("break-evens").locator(`[data-pair="${entry.a}-${entry.b}"]`)).toHaveAttribute("data-month", String(entry.month ?? "none"));
  }
  for (const a of architectures) {
    const at24 = String(Math.round(model.byArchitecture[a].cumulative[23] ?? 0));
    await expect(page.getByTestId("chart-legend").locator(`[data-architecture="${a}"]`)).toHaveAttribute("data-value", at24);
    await expect(page.getByTestId("cumulative-table").locator(`tr[data-month="24"] td[data-architecture="${a}"]`)).toHaveAttribute("data-value", at24);
  }
}

test("the planner opens from a result and shows warnings, roles, phases and headcount @mobile", async ({ page }) => {
  const errors = collectErrors(page);
  const result = recommend(ragTraits);
  const plan = buildHiringPlan(ragTraits, result);
  await page.goto(resultsUrl(ragTraits));
  await page.getByRole("link", { name: "Plan the team and costs →" }).first().click();
  await page.waitForURL(/\/plan\?/);
  expect(new URL(page.url()).search).toBe(`?${traitsToQueryString(ragTraits)}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("RAG");
  await expect(page.getByRole("link", { name: "← Back to the results" }).first()).toHaveAttribute("href", resultsUrl(ragTraits));

  // Warnings: every one, with its title, advice, why it matters and the answers that set it off.
  const warnings = page.getByTestId("warnings");
  await expect(warnings.getByRole("heading", { level: 2 })).toContainText(`${plan.warnings.length} mistakes to avoid`);
  for (const warning of plan.warnings) {
    const item = warnings.locator(`[data-warning="${warning.code}"]`);
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(warning.title);
    await expect(item).toContainText(warning.message);
    await expect(item).toContainText(warning.whyItMatters);
    for (const trigger of warning.triggers) await expect(item.getByTestId("triggers")).toContainText(trigger.label);
  }

  // Roles: lead role first, with seniority, hire / train / contract and the reason.
  const cards = page.getByTestId("role-cards").locator("[data-role]");
  await expect(cards).toHaveCount(plan.roles.length);
  for (const [index, role] of plan.roles.entries()) {
    const card = cards.nth(index);
    await expect(card).toHaveAttribute("data-role", role.role);
    await expect(card.getByRole("heading", { level: 3 })).toContainText(role.title);
    await expect(card.getByTestId("seniority")).toHaveText(role.seniority);
    await expect(card.getByTestId("sourcing-reason")).toContainText(role.sourcing.reason);
    await expect(card).toContainText(role.mustHaveSkills[0] ?? "");
  }
  await expect(cards.first()).toContainText("lead role");
  for (const [index, role] of plan.roles.entries()) await expect(cards.nth(index).getByTestId("sourcing")).toHaveAttribute("data-mode", role.sourcing.mode);
  await expect(page.getByTestId("to-hire")).toHaveText(String(plan.summary.toHire));
  await expect(page.getByTestId("to-train")).toHaveText(String(plan.summary.toTrain));

  // Timeline and headcount: a real table with a caption and header cells.
  for (const phase of plan.phases) {
    await expect(page.getByTestId("timeline").locator(`[data-phase="${phase.phase}"]`).getByTestId("phase-duration")).toHaveText(phase.durationLabel);
  }
  const table = page.getByRole("table", { name: /Full-time equivalents/ });
  await expect(table.getByRole("rowheader")).toHaveCount(plan.roles.length + 1);
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  for (const phase of plan.phases) await expect(page.getByTestId(`total-${phase.phase}`)).toHaveText(String(phase.totalFte));
  await expect(table.locator('tr[data-role="rag_engineer"] td[data-phase="production"]')).toHaveText(String(plan.roles[0]?.fteByPhase.production));

  // The cost section renders the model's figures, on the server first and then in the lazily loaded chart.
  await chartReady(page);
  await expectModel(page, computeCostModel(ragTraits, { recommendation: result }));
  await expect(page.getByRole("img", { name: /^Line chart of cumulative cost over 24 months/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("editing an assumption recomputes the chart, break-evens and cheapest as you type; errors sit beside the field", async ({ page }) => {
  const errors = collectErrors(page);
  const result = recommend(ragTraits);
  await page.goto(planUrl(ragTraits));
  await chartReady(page);
  const before = computeCostModel(ragTraits, { recommendation: result });
  await expectModel(page, before);
  const chart = page.getByTestId("chart");
  const chartBefore = await chart.getAttribute("data-cumulative-24");

  // Cheaper GPUs: training the hybrid's model gets cheaper, so its curve moves and it now catches up with RAG.
  const gpu = page.getByLabel("H100 rental", { exact: true });
  await expect(gpu).toHaveValue("3.5");
  await gpu.fill("0.5");
  const cheapGpu = computeCostModel(ragTraits, { recommendation: result, overrides: { "gpu.hourlyUsd": 0.5 } });
  await expectModel(page, cheapGpu);
  const pair = page.getByTestId("break-evens").locator('[data-pair="rag-hybrid"]');
  const beforeMonth = before.breakEvens.find((b) => b.a === "rag" && b.b === "hybrid")?.month;
  const afterMonth = cheapGpu.breakEvens.find((b) => b.a === "rag" && b.b === "hybrid")?.month;
  expect(afterMonth).not.toBe(beforeMonth);
  await expect(pair.getByTestId("break-even-month")).toHaveText(afterMonth === null || afterMonth === undefined ? "No break-even" : `Month ${afterMonth}`);
  await expect(chart).not.toHaveAttribute("data-cumulative-24", chartBefore ?? "");

  // An invalid value is explained beside the field; the model keeps the last valid one.
  await gpu.fill("-1");
  await expect(gpu).toHaveAttribute("aria-invalid", "true");
  const message = page.locator("#assumption-gpu-hourlyUsd-error");
  await expect(message).toHaveText("H100 rental: at least 0 USD per GPU-hour.");
  await expect(gpu).toHaveAttribute("aria-describedby", /assumption-gpu-hourlyUsd-error/);
  await expectModel(page, cheapGpu);
  await gpu.fill("");
  await expect(message).toHaveText("H100 rental: give a number (USD per GPU-hour).");

  // Pay: every lead on these plans is senior, so the US senior figure moves every option's people cost.
  const pay = page.getByLabel("United States: senior base pay", { exact: true });
  await pay.fill("900000");
  const dearSeniors = computeCostModel(ragTraits, { recommendation: result, overrides: { "gpu.hourlyUsd": 0.5, "pay.us.senior": 900_000 } });
  await expectModel(page, dearSeniors);
  await expect(page.getByTestId("live-cheapest")).toContainText(architectureLabels[dearSeniors.cheapest.at(-1)?.architecture ?? "rag"]);

  // Region and recruiting route, then reset: every figure returns to the defaults.
  await page.getByTestId("region").selectOption("in");
  await page.getByText("Recruiting agency", { exact: true }).click();
  await expect(page.getByTestId("cost-explorer")).toHaveAttribute("data-region", "in");
  await expect(page.getByTestId("cost-explorer")).toHaveAttribute("data-recruiting", "agency");
  await expectModel(page, computeCostModel(ragTraits, { recommendation: result, people: { region: "in", recruiting: "agency" }, overrides: { "gpu.hourlyUsd": 0.5, "pay.us.senior": 900_000 } }));
  await page.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(gpu).toHaveValue("3.5");
  await expect(message).toHaveCount(0);
  await expectModel(page, before);
  expect(errors).toEqual([]);
});

test("every assumption is an input with its unit, source and date", async ({ page }) => {
  const { assumptionKeys, defaultAssumptions } = await import("../lib/cost");
  await page.goto(planUrl(ragTraits));
  const panel = page.getByTestId("assumptions");
  await expect(panel.locator("input[data-assumption]")).toHaveCount(assumptionKeys.length);
  const gpu = defaultAssumptions["gpu.hourlyUsd"];
  const hint = page.locator("#assumption-gpu-hourlyUsd-hint");
  await expect(hint).toContainText(gpu.source);
  await expect(hint).toContainText("Nov 2026");
  await expect(panel.locator('[data-field="gpu.hourlyUsd"]')).toContainText(gpu.unit);
});

test("job descriptions and scorecards download as Markdown and copy to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const plan = buildHiringPlan(ragTraits, recommend(ragTraits));
  const lead = plan.roles[0];
  if (!lead) throw new Error("the RAG plan should have roles");
  await page.goto(planUrl(ragTraits));
  const kit = page.locator(`[data-kit="${lead.role}"]`);
  await kit.locator("summary").click();
  await expect(kit.getByTestId("job-description")).toContainText(lead.jobDescription.summary);

  const downloadPromise = page.waitForEvent("download");
  await kit.getByRole("button", { name: `Download .md: job description for ${lead.title}` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("job-description-rag-engineer.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toBe(renderJobDescriptionMarkdown(lead.jobDescription));
  expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
    `# ${lead.jobDescription.heading}`,
    "## What you will do",
    "## What you bring",
    "## Nice to have",
    "## Success after 90 days",
  ]);
  // One staffing model: the lead is senior (staff needs high stakes on regulated data, or massive scale), and per-user
  // access adds half a person in production: 1 + 0.5 = 1.5 FTE, two openings.
  expect(markdown).toContain("# RAG engineer: senior, full-time, 2 openings (1.5 FTE in all)");

  await kit.getByRole("button", { name: `Copy interview scorecard for ${lead.title} as Markdown` }).click();
  await expect(kit.getByRole("status").filter({ hasText: "Copied as Markdown" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(renderScorecardMarkdown(lead.scorecard));
});

test("uPlot loads only on the planner, after the page is up", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") bodies.push(await response.text().catch(() => ""));
  });
  await page.goto(resultsUrl(ragTraits));
  await page.waitForLoadState("networkidle");
  expect(bodies.some((body) => body.includes("cursor-pt"))).toBe(false);
  bodies.length = 0;
  await page.goto(planUrl(ragTraits));
  await chartReady(page);
  await page.waitForLoadState("networkidle");
  expect(bodies.some((body) => body.includes("cursor-pt"))).toBe(true);
});

test("a planner link with missing or invalid answers gets a friendly page @mobile", async ({ page }) => {
  const params = new URLSearchParams(traitsToQueryString(ragTraits));
  params.set("latency", "instant");
  params.delete("taskType");
  const response = await page.goto(`/plan?${params.toString()}`);
  expect(response?.status()).toBe(400); // the friendly page, with a client-error status (ADR 0020)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This plan link is missing some answers");
  await expect(page.getByTestId("invalid-answers")).toContainText("instant");
  await expect(page.getByTestId("missing-answers")).toContainText("Main job");
  await expect(page.getByRole("link", { name: "Answer the questions" })).toHaveAttribute("href", "/assess");
  await expectNoAxeViolations(page);
  await page.goto("/plan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No answers to plan from yet");
});

test("the planner has no axe violations, with every disclosure open @mobile", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(planUrl(ragTraits));
  await chartReady(page);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await expectNoAxeViolations(page);
});

test("the planner has no axe violations in dark mode, with a field in error @mobile", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(planUrl(fineTuningTraits));
  await chartReady(page);
  await page.getByLabel("H100 rental", { exact: true }).fill("-2");
  await expect(page.locator("#assumption-gpu-hourlyUsd-error")).toBeVisible();
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await expectNoAxeViolations(page);
});

/** A full-page screenshot in the test's output folder, also cut into parts that can be read at full size. */
async function screenshot(page: Page, path: (name: string) => string, name: string): Promise<void> {
  await page.screenshot({ path: path(`${name}.png`), fullPage: true, scale: "css" });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  const part = width > 600 ? 1000 : 1400;
  for (let y = 0, n = 1; y < height; y += part, n++) {
    await page.screenshot({ path: path(`${name}-part${n}.png`), fullPage: true, scale: "css", clip: { x: 0, y, width, height: Math.min(part, height - y) } });
  }
}

test("screenshots: light, dark, print and the invalid link @mobile", async ({ page }, testInfo) => {
  // Many full-page captures of a long page: slow on a busy two-core machine.
  test.setTimeout(240_000);
  const path = (name: string) => testInfo.outputPath(`plan-${testInfo.project.name}-${name}`);
  await page.goto(planUrl(ragTraits));
  await chartReady(page);
  await screenshot(page, path, "rag");
  await page.locator('[data-kit="rag_engineer"] summary').click();
  await page.getByTestId("chart-table").locator("summary").click();
  await page.getByLabel("H100 rental", { exact: true }).fill("-1");
  await screenshot(page, path, "rag-open");
  await page.locator('[data-field="gpu.hourlyUsd"]').screenshot({ path: path("field-error.png") });
  await page.screenshot({ path: path("editing-viewport.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(planUrl(fineTuningTraits));
  await chartReady(page);
  await screenshot(page, path, "fine-tuning-dark");
  await page.emulateMedia({ colorScheme: "light", media: "print" });
  await page.goto(planUrl(ragTraits));
  await chartReady(page);
  await page.screenshot({ path: path("rag-print.png"), fullPage: true, scale: "css" });
  await page.emulateMedia({ media: "screen" });
  await page.goto("/plan?latency=instant&need=knowledge");
  await page.screenshot({ path: path("invalid.png"), fullPage: true, scale: "css" });
});

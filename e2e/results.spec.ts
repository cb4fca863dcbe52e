import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { flipCondition } from "../lib/decision/decision-record";
import { recommend } from "../lib/decision/recommend";
import { architectureLabels } from "../lib/decision/trait-catalog";
import type { Traits } from "../lib/decision/traits";
import { architectures, type Recommendation } from "../lib/decision/types";
import { expectNoAxeViolations } from "./fixtures";
import { hybridTraits, ragTraits } from "../tests/fixtures/traits";
import { questionGroup } from "./wizard-driver";
import { questionsByKey } from "../lib/decision/trait-catalog";
import { paths } from "../lib/paths";
import { traitsToSearchParams } from "../lib/decision/traits-query-string";

const resultsUrl = paths.results;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

/** The scores as the page prints them, e.g. { rag: "98.6", … }. */
async function scoresText(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const architecture of architectures) {
    out[architecture] = ((await page.getByTestId(`score-value-${architecture}`).textContent()) ?? "").replace(/\s*\/\s*100$/, "").trim();
  }
  return out;
}

async function expectResult(page: Page, expected: Recommendation): Promise<void> {
  const { architecture, confidence, runnerUp } = expected.recommendation;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(architectureLabels[architecture]);
  await expect(page.getByTestId("confidence")).toHaveText(`${Math.round(confidence * 100)}%`);
  await expect(page.getByTestId("runner-up")).toHaveText(architectureLabels[runnerUp]);
  for (const a of architectures) {
    const meter = page.getByRole("meter", { name: new RegExp(`^${architectureLabels[a].replace(/[()+]/g, "\\$&")}`) });
    await expect(meter).toHaveAttribute("aria-valuenow", String(expected.scores[a]));
  }
}

test("the results page explains the recommendation: scores, why, flowchart, flips and roles @mobile", async ({ page }) => {
  const errors = collectErrors(page);
  const expected = recommend(hybridTraits);
  await page.goto(resultsUrl(hybridTraits));
  await expectResult(page, expected);
  await expect(page.getByTestId("summary")).toHaveText(expected.recommendation.summary);

  // Why: every factor, in the engine's order, gates marked.
  const factors = page.getByTestId("factors").locator(":scope > li");
  await expect(factors).toHaveCount(expected.factors.length);
  await expect(factors.first()).toContainText(expected.factors[0]?.rationale ?? "");
  await expect(page.getByTestId("factors").locator('[data-gate="true"]')).toHaveCount(expected.factors.filter((f) => f.gate).length);

  // The “How to Actually Decide” flowchart: a "both" project with fresh facts and thousands of examples lands on Fine-tune + RAG.
  const chart = page.getByTestId("flowchart");
  await expect(chart).toHaveAttribute("data-outcome", "hybrid");
  await expect(page.getByTestId("flowchart-svg")).toBeVisible();
  await expect(chart.locator('[data-node="hybrid"]')).toHaveAttribute("data-on-path", "true");
  await expect(chart.locator('[data-node="promptFirst"]')).toHaveAttribute("data-on-path", "false");
  await expect(chart.locator('[data-edge="struggling-yes"]')).toHaveAttribute("data-on-path", "true");
  await expect(page.getByRole("img", { name: /^Whiteboard flowchart/ })).toBeVisible();
  await expect(page.getByTestId("flowchart-path")).toContainText("Knowledge or behaviour? both");
  await expect(page.getByTestId("flowchart-path")).toContainText("Still struggling? yes");

  // What would change this: every flip, in plain words.
  const flips = page.getByTestId("flips").getByRole("link");
  await expect(flips).toHaveCount(expected.flips.length);
  for (const flip of expected.flips) {
    await expect(page.getByRole("link", { name: `${flipCondition(flip, hybridTraits)} → ${architectureLabels[flip.architecture]}` })).toBeVisible();
  }

  // Roles and warnings.
  const roles = page.getByTestId("roles").locator("[data-role]");
  await expect(roles).toHaveCount(expected.roleProfile.roles.length);
  for (const warning of expected.roleProfile.warnings) await expect(page.getByTestId("warnings")).toContainText(warning.message);
  await expect(page.getByRole("link", { name: "Plan the team and costs →" }).first()).toHaveAttribute(
    "href",
    paths.plan(hybridTraits),
  );
  expect(errors).toEqual([]);
});

test("the copied share link, opened in a fresh browser, reproduces the same result", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(resultsUrl(ragTraits));
  const before = await scoresText(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/results\?need=knowledge&/);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(copied);
    await expectResult(other, recommend(ragTraits));
    expect(await scoresText(other)).toEqual(before);
    await expect(other.getByTestId("architecture")).toHaveText("RAG");
  } finally {
    await fresh.close();
  }
});

test("choosing a flip shows the changed result as a what-if, with a way back", async ({ page }) => {
  const errors = collectErrors(page);
  const original = recommend(hybridTraits);
  const flip = original.flips.find((f) => f.trait !== "teamSkills") ?? original.flips[0];
  if (!flip) throw new Error("the hybrid case should have flips");
  await page.goto(resultsUrl(hybridTraits));
  await page.getByRole("link", { name: `${flipCondition(flip, hybridTraits)} → ${architectureLabels[flip.architecture]}` }).click();

  const changed = { ...hybridTraits, [flip.trait]: flip.to } as Traits;
  await expect(page).toHaveURL(new RegExp(`whatIf=${flip.trait}`));
  await expectResult(page, recommend(changed));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(architectureLabels[flip.architecture]);
  await expect(page.getByTestId("what-if")).toContainText("What-if:");

  await page.getByRole("link", { name: "← Back to your result" }).click();
  await expect(page.getByTestId("what-if")).toHaveCount(0);
  await expectResult(page, original);
  expect(errors).toEqual([]);
});

test("the Markdown decision record downloads with the MADR headings and the architecture", async ({ page }) => {
  await page.goto(resultsUrl(ragTraits));
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Decision record (.md)", exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("decision-record-rag.md");
  const markdown = await readFile(await download.path(), "utf8");
  const headings = markdown.split("\n").filter((line) => line.startsWith("#"));
  expect(headings).toEqual([
    "# Use RAG for “Support assistant”",
    "## Context and problem statement",
    "## Decision drivers",
    "## Considered options",
    "## Decision outcome",
    "### Consequences",
    "### Why: every answer that moved a score",
    "## What would change this decision",
    "## Roles",
    // The whole plan exports: the team phase by phase, the calendar with hiring, and the cost summary.
    "## Team plan",
    "## Timeline",
    "## Cost summary",
  ]);
  expect(markdown).toContain("Chosen option: “RAG”.");
  expect(markdown).toContain("| **RAG** (chosen) |");
  expect(markdown).toMatch(/- Shareable result: <http:\/\/127\.0\.0\.1:\d+\/results\?need=knowledge&/);
  expect(markdown).toContain("- Latency budget: Under 5,000 ms");
});

test("the JSON export parses and carries the traits and the recommendation", async ({ page }) => {
  await page.goto(resultsUrl(ragTraits));
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Data (.json)", exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("assessment-rag.json");
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as { traits: Traits; recommendation: Recommendation };
  expect(data.traits).toEqual(ragTraits);
  expect(data.recommendation).toEqual(recommend(ragTraits));
});

test("Edit answers opens the wizard with every answer kept @mobile", async ({ page }) => {
  const traits: Traits = { ...ragTraits, latency: "interactive", teamSkills: ["retrieval", "evaluation"] };
  await page.goto(resultsUrl(traits));
  await page.getByRole("link", { name: "Edit answers" }).first().click();
  await page.waitForURL(/\/assess(\?step=\w+)?$/);
  await expect(page.getByRole("heading", { level: 2, name: "The problem" })).toBeVisible();
  await expect(questionGroup(page, questionsByKey.need).getByRole("radio", { name: "New knowledge" })).toBeChecked();
  await expect(questionGroup(page, questionsByKey.promptBaseline).getByRole("radio", { name: "Tried — not enough" })).toBeChecked();
  // Every step is open after loading, so a later one can be jumped to and shows its kept answer.
  await page.getByRole("button", { name: /Constraints/ }).click();
  await expect(questionGroup(page, questionsByKey.latency).getByRole("radio", { name: "Under 1,000 ms" })).toBeChecked();
});

test("a link with missing or invalid answers gets a friendly page that lists them @mobile", async ({ page }) => {
  const params = traitsToSearchParams(ragTraits);
  params.set("latency", "instant");
  params.delete("taskType");
  const response = await page.goto(`/results?${params.toString()}`);
  expect(response?.status()).toBe(400); // the friendly page, with a client-error status (ADR 0020)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is missing some answers");
  const invalid = page.getByTestId("invalid-answers");
  await expect(invalid.locator("li")).toHaveCount(1);
  await expect(invalid).toContainText("Latency budget");
  await expect(invalid).toContainText("instant");
  const missing = page.getByTestId("missing-answers");
  await expect(missing.locator("li")).toHaveCount(1);
  await expect(missing).toContainText("Main job");
  await expect(page.getByRole("link", { name: "Answer the questions" })).toHaveAttribute("href", "/assess");
  await expect(page.locator("body")).not.toContainText(/ValidationError|at \w+ \(|node_modules/);
  await expectNoAxeViolations(page);

  await page.goto("/results");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No answers in this link yet");
  await expect(page.getByRole("link", { name: "Start the assessment" }).last()).toHaveAttribute("href", "/assess");
});

test("the results page has no axe violations, nor does a what-if page @mobile", async ({ page }) => {
  await page.goto(resultsUrl(ragTraits));
  await expectNoAxeViolations(page);
  const flip = recommend(hybridTraits).flips[0];
  if (!flip) throw new Error("the hybrid case should have flips");
  await page.goto(resultsUrl(hybridTraits));
  await expectNoAxeViolations(page);
  await page.getByTestId("flips").getByRole("link").first().click();
  await expect(page.getByTestId("what-if")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("screenshots: screen and print @mobile", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  for (const [name, traits] of [
    ["rag", ragTraits],
    ["hybrid", hybridTraits],
  ] as const) {
    await page.goto(resultsUrl(traits));
    await expect(page.getByTestId("architecture")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`results-${name}-${project}.png`), fullPage: true });
  }
  await page.emulateMedia({ media: "print" });
  await page.goto(resultsUrl(ragTraits));
  await expect(page.getByTestId("actions")).toBeHidden();
  await expect(page.getByText(/^Shareable link:/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`results-rag-print-${project}.png`), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.goto("/results?latency=instant&need=knowledge");
  await page.screenshot({ path: testInfo.outputPath(`results-invalid-${project}.png`), fullPage: true });
});

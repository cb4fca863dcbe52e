import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { hybridTraits, ragTraits } from "../tests/fixtures/traits";
import type { Traits } from "../lib/decision/traits";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";
import { createTeam, signUp } from "./workspace-driver";

test.describe.configure({ timeout: 240_000 });

/** Saves answers into the named team through the save page; returns the assessment's path. */
async function saveInto(page: Page, team: string, traits: Traits, title: string): Promise<string> {
  await page.goto(paths.saveAssessment(traits));
  await page.getByLabel("Save to").selectOption({ label: team });
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText(title);
  return new URL(page.url()).pathname;
}

/** Looks at a page as a phone would, then back to the desktop width. */
async function captureBoth(page: Page, project: string, name: string) {
  await expectNoAxeViolations(page);
  await screenshot(page, project, name);
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 740 });
  await screenshot(page, "mobile", name);
  if (desktop) await page.setViewportSize(desktop);
}

test("history compares two revisions, the record previews and downloads, and the team exports and imports", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await signUp(page, "Rita");
  const teamPath = await createTeam(page, "Records Guild");
  const assessmentPath = await saveInto(page, "Records Guild", ragTraits, "Policy assistant");
  const id = assessmentPath.split("/").at(-1) ?? "";

  // A second revision with one answer changed: the facts now change continuously instead of daily.
  const revised = await page.request.patch(`/api/v1/assessments/${id}`, { data: { version: 1, answers: { ...ragTraits, knowledgeChange: "realtime" } } });
  expect(revised.status()).toBe(200);

  // History: the timeline, and the default comparison (revision 1 against 2) names the answer and the factor.
  const teamSlug = teamPath.split("/").at(-1) ?? "";
  await page.goto(paths.assessmentHistory(teamSlug, id));
  await expect(page.getByRole("link", { name: "History and compare" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("timeline-entry")).toHaveCount(2);
  await page.getByLabel("Left (revision)").selectOption({ label: `Revision 1 · RAG` });
  await page.getByLabel("Right (revision)").selectOption({ label: `Revision 2 · RAG` });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/left=1&right=2/);
  const answer = page.getByTestId("compare-answer");
  await expect(answer).toHaveCount(1);
  await expect(answer).toContainText("Knowledge changes");
  await expect(answer).toContainText("Daily");
  await expect(answer).toContainText("Continuously");
  await expect(page.getByTestId("compare-factor").first()).toContainText("Knowledge changes");
  await expect(page.getByTestId("compare-factor").first()).toContainText(/points? towards/);
  await captureBoth(page, project, "records-history");

  // The decision record: a MADR preview with its front matter, and the same file as a download.
  await page.getByRole("link", { name: "Decision record" }).click();
  const preview = page.getByTestId("record-preview");
  await expect(preview).toContainText('status: "draft"');
  await expect(preview).toContainText("## Decision Drivers");
  await expect(preview).toContainText("### Revision history");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("record-download").click()]);
  expect(download.suggestedFilename()).toBe("policy-assistant.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown.startsWith('---\nstatus: "draft"\n')).toBe(true);
  await captureBoth(page, project, "records-record");

  // Compare two assessments of the team.
  const otherPath = await saveInto(page, "Records Guild", hybridTraits, "Brand writer");
  const otherId = otherPath.split("/").at(-1) ?? "";
  await page.goto(paths.compare(teamSlug, id, otherId));
  await expect(page.getByTestId("comparison")).toBeVisible();
  await expect(page.getByTestId("compare-answer").first()).toBeVisible();
  await captureBoth(page, project, "records-compare");

  // Export the team; the team is not empty, so it cannot take an import.
  await page.goto(paths.teamSettings(teamSlug));
  await expect(page.getByTestId("import-not-empty")).toBeVisible();
  const [archiveDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export").click()]);
  expect(archiveDownload.suggestedFilename()).toMatch(/\.team-archive\.json$/);
  const archivePath = await archiveDownload.path();
  const archive = JSON.parse(await readFile(archivePath, "utf8")) as { format: string; assessments: unknown[] };
  expect(archive.format).toBe("rag-or-finetune.team-archive");
  expect(archive.assessments).toHaveLength(2);
  await captureBoth(page, project, "records-settings");

  // Import it into a new, empty team.
  const copyPath = await createTeam(page, "Records Copy");
  await page.goto(paths.teamSettings(copyPath.split("/").at(-1) ?? ""));
  // A file that is not an archive is refused with its reasons, and nothing is written.
  const picker = page.getByLabel("Team archive (.json, up to 5 MB)");
  await picker.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "something else" })) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-error")).toContainText("format");
  await captureBoth(page, project, "records-import-form");
  await picker.setInputFiles(archivePath);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported 2 assessments");
  await captureBoth(page, project, "records-import");
  await page.getByRole("link", { name: "See the imported assessments" }).click();
  await expect(page.getByText("Policy assistant")).toBeVisible();
  await expect(page.getByText("Brand writer")).toBeVisible();
});

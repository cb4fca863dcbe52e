import { expect, test } from "@playwright/test";
import { paths } from "../lib/paths";
import { hybridTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";
import { createTeam, freshPage, newLink, signUp } from "./workspace-driver";

test.describe.configure({ timeout: 180_000 });

// Every new page at the project's width (desktop 1280, mobile 375): no axe violations, and a screenshot to look at.
test("the account and workspace pages pass axe and are captured @mobile", async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const capture = async (name: string, target = page) => {
    await expectNoAxeViolations(target);
    await screenshot(target, project, name);
  };

  const visitor = await freshPage(browser);
  for (const [name, path] of [["sign-in", paths.signIn()], ["sign-up", paths.signUp()], ["reset-password", paths.resetPassword()]] as const) {
    await visitor.goto(path);
    await capture(name, visitor);
  }
  // A bad submit shows field messages, still accessible.
  await visitor.goto(paths.signUp());
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText("Give your name.")).toBeVisible();
  await capture("sign-up-errors", visitor);

  await signUp(page, "Paula");
  await capture("teams");
  await page.goto(paths.account());
  await capture("account");
  const teamPath = await createTeam(page, "Search Guild");
  await page.goto(paths.saveAssessment(hybridTraits));
  await capture("save");
  await page.getByLabel("Save to").selectOption({ label: "Search Guild" });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toBeVisible();
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareLink = await newLink(page);
  await capture("assessment");
  await page.goto(teamPath);
  await page.getByLabel("Project name").fill("Contract review");
  await page.getByRole("button", { name: "Create request link" }).click();
  const requestLink = await newLink(page);
  await capture("dashboard");
  await page.goto(`${teamPath}/members`);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invite = await newLink(page);
  await capture("members");
  await page.goto(invite);
  await capture("join");

  await visitor.goto(shareLink);
  await capture("shared", visitor);
  await visitor.goto(requestLink);
  await capture("answer-request", visitor);
  const missing = await visitor.goto("/s/not-a-real-token-at-all-aaaaaaaaaaaaaaaaaaaaaa");
  expect(missing?.status()).toBe(404);
});

import { expect, test, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { ragTraits } from "../tests/fixtures/traits";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";
import { createTeam, freshPage, newLink, signUp, signUpHere, uniqueEmail } from "./workspace-driver";

test.describe.configure({ timeout: 240_000 });

/** Fails the test if the page ever opens a dialog (an injected alert would). */
function noDialogs(page: Page): { fired: string[] } {
  const seen = { fired: [] as string[] };
  page.on("dialog", async (dialog) => {
    seen.fired.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

const commentBox = (page: Page, name = "Comment on the assessment") => page.getByRole("textbox", { name });
const comment = (page: Page, text: string) => page.getByTestId("comment").filter({ has: page.getByTestId("comment-body").getByText(text) }).last();
/** The rendered body of a comment (not its reply or edit boxes, nor its replies). */
const bodyOf = (item: ReturnType<typeof comment>) => item.getByTestId("comment-body").first();

test("members discuss an assessment safely, reply and edit; a guest comments through a commenting share link", async ({ page, browser }, testInfo) => {
  const dialogs = noDialogs(page);
  // Owner and a member who can be mentioned.
  await signUp(page, "Olivia");
  const teamPath = await createTeam(page, "Review Guild");
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invite = await newLink(page);
  const member = await freshPage(browser);
  await member.goto(invite);
  await member.getByRole("link", { name: "Create an account" }).click();
  await signUpHere(member, "Erik Lund", uniqueEmail("erik"));
  await member.getByRole("button", { name: "Join Review Guild" }).click();
  await expect(member).toHaveURL(new RegExp(`${teamPath}$`));

  await page.goto(paths.saveAssessment(ragTraits));
  await page.getByLabel("Title").fill("Billing assistant");
  await page.getByLabel("Save to").selectOption({ label: "Review Guild" });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText("Billing assistant");
  const assessmentPath = new URL(page.url()).pathname;

  // Injection attempts are shown as the text they are.
  await commentBox(page).fill("<script>alert('xss')</script> **Looks right** to me\n<img src=x onerror=alert(1)> [click](javascript:alert(2))");
  await page.getByRole("button", { name: "Post comment" }).click();
  const first = comment(page, "Looks right");
  await expect(bodyOf(first)).toContainText("<script>alert('xss')</script> Looks right to me");
  await expect(bodyOf(first)).toContainText("<img src=x onerror=alert(1)> [click](javascript:alert(2))");
  await expect(bodyOf(first).locator("strong", { hasText: "Looks right" })).toBeVisible();
  await expect(bodyOf(first).locator("script, img, a")).toHaveCount(0);
  await expect(commentBox(page)).toHaveValue("");

  // @ offers the members; the chosen one is highlighted in the posted comment.
  await commentBox(page).pressSequentially("Over to @Eri");
  await page.getByRole("button", { name: /Erik Lund/ }).click();
  await expect(commentBox(page)).toHaveValue("Over to @[Erik Lund] ");
  await commentBox(page).pressSequentially("for the budget.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(bodyOf(comment(page, "Over to")).locator("[data-mention]")).toHaveText("@[Erik Lund]");

  // The mentioned member replies; the owner edits the first comment and its earlier version stays readable.
  await member.goto(assessmentPath);
  const mentioning = comment(member, "Over to");
  await mentioning.getByText("Reply", { exact: true }).click();
  await mentioning.getByRole("textbox", { name: "Reply to Olivia" }).fill("Budget is *fine*.");
  await mentioning.getByRole("button", { name: "Post reply" }).click();
  await expect(member.getByRole("list", { name: "Replies to Olivia" }).getByTestId("comment-body")).toHaveText("Budget is fine.");
  await expect(member.getByRole("list", { name: "Replies to Olivia" }).locator("em")).toHaveText("fine");

  await first.getByText("Edit", { exact: true }).click();
  await first.getByRole("textbox", { name: "Edit your comment" }).fill("Looks right to me, after checking the sources.");
  await first.getByRole("button", { name: "Save changes" }).click();
  const edited = comment(page, "after checking the sources");
  await edited.getByText(/^edited/).click();
  await expect(edited.getByRole("list", { name: "Earlier versions" })).toContainText("<script>alert('xss')</script> Looks right to me");

  // A comment on a single answer, reached from the list of answers.
  await page.getByRole("link", { name: /^Comment on this answer: Latency budget/ }).click();
  await expect(page).toHaveURL(/answer=latency/);
  await commentBox(page, "Comment on the answer Latency budget").fill("Is 300 ms measured or guessed?");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(comment(page, "300 ms")).toBeVisible();
  await page.getByRole("link", { name: "Show all comments" }).click();
  await expect(comment(page, "300 ms").getByRole("link", { name: "On: Latency budget" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo.project.name, "review-comments");
  await page.locator("#comments").screenshot({ path: `test-results/screens/${testInfo.project.name}-comments-section.png` });

  // A share link that may comment: the visitor reads the assessment-level threads and posts under a name.
  await page.getByLabel("Visitors may comment").check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareLink = await newLink(page);
  await expect(page.getByTestId("share-link").first()).toContainText("visitors may comment");
  const visitor = await freshPage(browser);
  const visitorDialogs = noDialogs(visitor);
  await visitor.goto(shareLink);
  const section = visitor.getByTestId("guest-comments");
  await expect(section.getByText("Looks right to me, after checking the sources.")).toBeVisible();
  await expect(section.getByText("300 ms")).toHaveCount(0);
  await section.getByRole("textbox", { name: "Your name" }).fill("<b>Sam</b>");
  await section.getByRole("textbox", { name: "Your comment" }).fill("Hiring plan works for us. <img src=x onerror=alert(3)>");
  await section.getByRole("button", { name: "Post comment" }).click();
  const guestComment = section.getByTestId("guest-visible-comment").filter({ hasText: "Hiring plan works" });
  await expect(guestComment.getByText("<b>Sam</b>")).toBeVisible();
  await expect(guestComment.getByText("guest", { exact: true })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await screenshot(visitor, testInfo.project.name, "shared-comments");
  await section.screenshot({ path: `test-results/screens/${testInfo.project.name}-shared-comments-section.png` });

  // The team sees the guest's comment marked as such.
  await page.goto(assessmentPath);
  await expect(comment(page, "Hiring plan works").getByText("guest", { exact: true })).toBeVisible();

  // A view-only link shows no comments.
  await page.getByRole("button", { name: "Create share link" }).click();
  const viewOnly = await newLink(page);
  await visitor.goto(viewOnly);
  await expect(visitor.getByTestId("shared-assessment")).toBeVisible();
  await expect(visitor.getByTestId("guest-comments")).toHaveCount(0);

  // Mobile width.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expectNoAxeViolations(page);
  await screenshot(page, "mobile", "review-comments");
  await page.locator("#comments").screenshot({ path: "test-results/screens/mobile-comments-section.png" });
  expect([...dialogs.fired, ...visitorDialogs.fired]).toEqual([]);
});

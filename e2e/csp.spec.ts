import { expect, test, type Page } from "@playwright/test";
import { recommend } from "../lib/decision/recommend";
import { traitsToQueryString } from "../lib/decision/traits-query-string";
import { paths } from "../lib/paths";
import { ragTraits } from "../tests/fixtures/traits";
import { createTeam, newLink, signUp } from "./workspace-driver";

// Every kind of page under its Content-Security-Policy (ADR 0020): no violation reported by the browser, no CSP
// message in the console, and the page still works (its scripts ran: the router is live).

interface Watch {
  violations: () => Promise<string[]>;
  console: string[];
}

async function watchCsp(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load)/i.test(message.text())) messages.push(message.text());
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    console: messages,
  };
}

async function expectClean(page: Page, watch: Watch, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  const policy = (await response?.headerValue("content-security-policy")) ?? "";
  expect(policy, path).toMatch(/script-src 'self' ('nonce-[^']+' 'strict-dynamic'|'sha256-)/);
  expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await page.waitForLoadState("load");
  // Hydrated: React attached its handlers (a client-side router exists only if the framework's scripts ran).
  await expect.poll(() => page.evaluate(() => "__next_f" in window && document.readyState === "complete")).toBe(true);
  expect(await watch.violations(), path).toEqual([]);
  expect(watch.console, path).toEqual([]);
}

test("public pages: landing, wizard, results, planner, sign-in and a missing page run under their policy", async ({ page }) => {
  const watch = await watchCsp(page);
  const query = traitsToQueryString(ragTraits);
  for (const path of ["/", "/assess", `/results?${query}`, `/plan?${query}`, "/sign-in", "/sign-up", "/reset-password", "/plan?latency=instant", "/no-such-page"]) {
    await expectClean(page, watch, path);
  }
  // The wizard and the planner still react (their scripts ran under the policy).
  await page.goto(`/plan?${query}`);
  await expect(page.getByLabel("H100 rental", { exact: true })).toBeVisible();
  await page.goto("/assess");
  await expect(page.getByRole("button", { name: /next/i }).first()).toBeVisible();
  expect(await watch.violations()).toEqual([]);
});

test("workspace pages after sign-up and a share link page run under the nonce policy", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const watch = await watchCsp(page);
  await signUp(page, "Casey");
  const teamPath = await createTeam(page, "Policy Team");
  for (const path of ["/teams", teamPath, `${teamPath}/members`, `${teamPath}/settings`, `${teamPath}/activity`, "/notifications", "/account"]) {
    await expectClean(page, watch, path);
  }
  // Save a result, open its pages, make a share link.
  await page.goto(paths.results(ragTraits));
  await page.getByTestId("save-to-workspace").click();
  await page.getByLabel("Title").fill("Policy check");
  await page.getByLabel("Save to").selectOption({ label: "Policy Team" });
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("assessment-title")).toHaveText("Policy check");
  const assessmentPath = new URL(page.url()).pathname;
  for (const path of [assessmentPath, `${assessmentPath}/history`, `${assessmentPath}/record`, `${assessmentPath}/calibration`]) {
    await expectClean(page, watch, path);
  }
  await page.goto(assessmentPath);
  await page.getByLabel("Label (who it is for)").fill("Policy");
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareLink = await newLink(page);
  expect(await watch.violations()).toEqual([]);

  const visitor = await (await browser.newContext()).newPage();
  const visitorWatch = await watchCsp(visitor);
  await expectClean(visitor, visitorWatch, new URL(shareLink).pathname);
  await expect(visitor.getByTestId("shared-assessment")).toContainText(recommend(ragTraits).recommendation.summary.slice(0, 20));
  // A second answer of the kept page gets a new nonce.
  const first = await visitor.request.get(new URL(shareLink).pathname);
  const second = await visitor.request.get(new URL(shareLink).pathname);
  const nonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  expect(nonce(first.headers()["content-security-policy"])).toBeTruthy();
  expect(nonce(first.headers()["content-security-policy"])).not.toBe(nonce(second.headers()["content-security-policy"]));
  expect(await first.text()).toContain(`nonce="${nonce(first.headers()["content-security-policy"])}"`);
});

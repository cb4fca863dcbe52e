import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { screenshot } from "./wizard-driver";

test("the home page says what the product answers and leads to the assessment @mobile", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("RAG, fine-tuning");
  await expect(page.getByRole("link", { name: "Start the assessment" })).toHaveAttribute("href", "/assess");
  await expectNoAxeViolations(page);
});

test("the home page at phone and desktop widths, light and dark @mobile", async ({ page }, testInfo) => {
  await page.goto("/");
  await screenshot(page, testInfo.project.name, "home");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo.project.name, "home-dark");
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

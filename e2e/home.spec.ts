import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

test("the home page says what the product answers and leads to the assessment @mobile", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("RAG, fine-tuning");
  await expect(page.getByRole("link", { name: "Start the assessment" })).toHaveAttribute("href", "/assess");
  await expectNoAxeViolations(page);
});

import { expect, type Browser, type Page } from "@playwright/test";

export const password = "e2e passphrase that is long";

let counter = 0;
/** A unique address per call and per run. */
export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name.toLowerCase()}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** Fills the sign-up form on the page already open (it may carry a `next`), and waits to leave it. */
export async function signUpHere(page: Page, name: string, email = uniqueEmail(name)): Promise<string> {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  return email;
}

export async function signUp(page: Page, name: string): Promise<string> {
  await page.goto("/sign-up");
  return signUpHere(page, name);
}

/** A fresh, signed-out browser context (its own cookies and storage). */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

export async function createTeam(page: Page, name: string): Promise<string> {
  await page.goto("/teams");
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The one-time link an action just showed (invite, share link, answer request). */
export async function newLink(page: Page): Promise<string> {
  const input = page.getByTestId("new-link");
  await expect(input).toBeVisible();
  return input.inputValue();
}

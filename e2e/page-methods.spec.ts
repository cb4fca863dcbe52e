import { expect, test } from "@playwright/test";
import { traitsToQueryString } from "../lib/decision/traits-query-string";
import { ragTraits } from "../tests/fixtures/traits";

// Pages answer GET and HEAD; every other method is 405 with `Allow: GET, HEAD`, never a 5xx (ADR 0020). A server
// action's POST (with its Next-Action header) is let through only on pages that have actions.

const query = traitsToQueryString(ragTraits);
const pages: { path: string; get: number }[] = [
  { path: "/", get: 200 },
  { path: "/assess", get: 200 },
  { path: `/results?${query}`, get: 200 },
  { path: `/plan?${query}`, get: 200 },
  { path: "/results", get: 200 },
  { path: "/sign-in", get: 200 },
  { path: "/sign-up", get: 200 },
  { path: "/reset-password", get: 200 },
  { path: "/account", get: 307 },
  { path: "/teams", get: 307 },
  { path: "/teams/some-team", get: 307 },
  { path: "/notifications", get: 307 },
  { path: "/save", get: 307 },
  { path: "/s/not-a-token", get: 404 },
  { path: "/r/not-a-token", get: 404 },
  { path: "/join/not-a-token", get: 307 },
  { path: "/no-such-page", get: 404 },
];

for (const { path, get } of pages) {
  test(`${path.length > 40 ? `${path.slice(0, 40)}…` : path}: GET and HEAD answer, POST without an action, PUT, DELETE, PATCH and OPTIONS are 405`, async ({ request }) => {
    const options = { maxRedirects: 0, failOnStatusCode: false };
    const got = await request.get(path, options);
    expect(got.status()).toBe(get);
    const head = await request.head(path, options);
    expect(head.status()).toBe(get);
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const response = await request.fetch(path, { ...options, method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
    }
  });
}

test("a server action's POST with an id this build does not have is 404 on any page; never a render or a 500", async ({ request }) => {
  const options = { maxRedirects: 0, failOnStatusCode: false, headers: { "Next-Action": "0000000000000000000000000000000000000000", Origin: "http://127.0.0.1" } };
  // scripts/serve.mjs answers unknown action ids before the page's method check (Next itself would answer 500).
  expect((await request.post(`/results?${query}`, options)).status()).toBe(404);
  expect((await request.post("/", options)).status()).toBe(404);
  expect((await request.post("/teams", options)).status()).toBe(404);
  // Without an action header, a POST to a page is a method the page does not take.
  expect((await request.post(`/results?${query}`, { maxRedirects: 0, failOnStatusCode: false })).status()).toBe(405);
});

test("invalid answers on /results and /plan: the friendly page, with status 400", async ({ page }) => {
  const params = new URLSearchParams(query);
  params.set("latency", "instant");
  const results = await page.goto(`/results?${params.toString()}`);
  expect(results?.status()).toBe(400);
  await expect(page.getByTestId("invalid-answers")).toContainText("instant");
  const plan = await page.goto(`/plan?${params.toString()}`);
  expect(plan?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This plan link is missing some answers");
  // No answers at all is not an error: the page says there is nothing yet.
  expect((await page.goto("/plan"))?.status()).toBe(200);
});

test("HSTS only when the public origin is https (this server's is http)", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

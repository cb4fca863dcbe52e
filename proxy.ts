import { NextResponse, type NextRequest } from "next/server";
import { traitKeys } from "@/lib/decision/trait-keys";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import { buildDirectory, env, ownServerOrigin } from "@/lib/server/env";
import { loadPageKinds, type PageKinds } from "@/lib/server/http/page-kinds";
import {
  addNonceToScripts,
  contentSecurityPolicy,
  makeNonce,
  pageMethodAllowed,
  pageMethods,
  strictTransportSecurity,
  type ScriptPolicy,
} from "@/lib/server/http/security-headers";
import { publicOrigin } from "@/lib/server/public-origin";
import { clientKey, enginePageRateLimiter, rateLimitHeaders, type RateLimitDecision } from "@/lib/server/rate-limit";
import { internalRewriteHeader, internalRewriteKey, sharedSnapshotPath, snapshotPrefix } from "@/lib/server/workspace/shared-snapshot";

// Every page request passes here (not /api, not /_next, not files): (1) methods: GET and HEAD, and a server action's
// POST on the pages that have actions; anything else 405. (2) Content-Security-Policy: pages rendered per request get
// a fresh nonce (Next puts it on its scripts), prerendered pages keep a policy with their inline scripts' hashes; HSTS
// when the public origin is https. See ADR 0020. (3) /results and /plan with answers that cannot be scored: the same
// friendly page, with status 400. (4) Share links (ADR 0013), below.

const isDev = env.NODE_ENV === "development";

let pageKinds: Promise<PageKinds> | undefined;
function kinds(): Promise<PageKinds> {
  pageKinds ??= loadPageKinds(buildDirectory());
  return pageKinds;
}

function securityHeaders(scripts: ScriptPolicy): Headers {
  const headers = new Headers();
  const hsts = strictTransportSecurity(publicOrigin());
  headers.set("Content-Security-Policy", contentSecurityPolicy({ scripts, dev: isDev, upgradeInsecureRequests: hsts !== null }));
  if (hsts) headers.set("Strict-Transport-Security", hsts);
  return headers;
}

/** Passes the request on with `security` on the response; with a nonce, the policy also goes on the request, where Next reads it. */
function next(request: NextRequest, security: Headers, nonce?: string): NextResponse {
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("Content-Security-Policy", security.get("Content-Security-Policy") ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  security.forEach((value, key) => response.headers.set(key, value));
  return response;
}

// ── Share links ───────────────────────────────────────────────────────────────────────────────────────────────────
// Check the token on every request (revoked or expired links stop at once), then serve the kept page of that
// assessment version (ISR, rendered once). The kept pages are reachable only through this proxy. It fetches the kept
// page from this same server and answers with it, so the response can say `private, no-store` (Next would mark a kept
// page cacheable for a year, and a CDN must never keep a share link). The kept HTML has no nonce: each answer puts a
// fresh one on its script tags. See ADR 0013.

const transport = ["cache-control", "content-encoding", "content-length", "transfer-encoding", "connection", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];
/** Headers of an own page that are not relayed: transport, and (for a kept page) the policy, which each answer sets afresh. */
const notRelayed = new Set(transport);
const notRelayedKept = new Set([...transport, "content-security-policy", "strict-transport-security"]);

interface Kept {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

// The last pages fetched, by path and kind (HTML or the router's RSC payload): a kept page never changes, so a
// hit answers without a second request. Bounded (about 250 KB each).
const recent = new Map<string, Kept>();
const recentLimit = 40;

async function fetchOwn(request: NextRequest, path: string, origin: string, method = "GET", dropped = notRelayed): Promise<Kept> {
  const headers = new Headers(request.headers);
  headers.delete("accept-encoding");
  headers.set(internalRewriteHeader, internalRewriteKey(path));
  const response = await fetch(`${origin}${path}${request.nextUrl.search}`, { method, headers, redirect: "manual", cache: "no-store" });
  const kept: [string, string][] = [];
  response.headers.forEach((value, key) => {
    if (!dropped.has(key)) kept.push([key, value]);
  });
  return { status: response.status, headers: kept, body: await response.arrayBuffer() };
}

async function keptPage(request: NextRequest, path: string): Promise<Response | null> {
  const origin = ownServerOrigin();
  if (!origin) return null;
  const rsc = request.headers.has("rsc");
  const key = `${rsc ? "rsc" : "html"} ${path}${request.nextUrl.search}`;
  let page = recent.get(key);
  if (!page) {
    page = await fetchOwn(request, path, origin, "GET", notRelayedKept);
    if (page.status === 200 && request.nextUrl.search === "") {
      recent.set(key, page);
      if (recent.size > recentLimit) recent.delete(recent.keys().next().value ?? "");
    }
  }
  const nonce = makeNonce();
  const headers = securityHeaders({ nonce });
  for (const [name, value] of page.headers) headers.append(name, value);
  headers.set("Cache-Control", "private, no-store");
  const html = (headers.get("content-type") ?? "").startsWith("text/html");
  const body = html && !rsc ? addNonceToScripts(new TextDecoder().decode(page.body), nonce) : page.body;
  return new NextResponse(request.method === "HEAD" ? null : body, { status: page.status, headers });
}

async function sharePage(request: NextRequest, pathname: string): Promise<Response> {
  const token = decodeURIComponent(pathname.slice("/s/".length));
  const nonce = makeNonce();
  try {
    const path = await sharedSnapshotPath(token);
    // No valid token: app/s/[token] answers (a plain 404).
    if (!path) return next(request, securityHeaders({ nonce }), nonce);
    return (await keptPage(request, path)) ?? next(request, securityHeaders({ nonce }), nonce);
  } catch (error) {
    console.error("share link: serving the kept page failed; rendering it directly", error);
    return next(request, securityHeaders({ nonce }), nonce);
  }
}

// ── Answers that cannot be scored ─────────────────────────────────────────────────────────────────────────────────

/** /results and /plan with answers given but not valid (a bare link, with no answers, is not an error). */
function hasInvalidAnswers(request: NextRequest): boolean {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname !== "/results" && pathname !== "/plan") return false;
  if (!traitKeys.some((key) => searchParams.has(key))) return false;
  return !traitsFromSearchParams(searchParams).ok;
}

/** The page as the app renders it (the friendly list of what to fix), answered with 400. */
async function invalidAnswersPage(request: NextRequest): Promise<Response | null> {
  const origin = ownServerOrigin();
  if (!origin) return null;
  // While the instance drains (SIGTERM) it takes no new connections, its own included: render directly (status 200).
  const page = await fetchOwn(request, request.nextUrl.pathname, origin, request.method).catch(() => null);
  if (!page) return null;
  // The inner answer's policy carries the nonce its HTML was rendered with: keep it.
  const headers = new Headers(page.headers);
  headers.set("Cache-Control", "no-store");
  return new NextResponse(request.method === "HEAD" ? null : page.body, { status: 400, headers });
}

// ── Pages that run the engine ─────────────────────────────────────────────────────────────────────────────────────
// /results and /plan score the answers in their URL on every request: a budget per client (generous for people,
// a brake on scripted floods), stated in RateLimit headers; past it, a short page saying when to come back.

const enginePages = new Set(["/results", "/plan"]);

function tooManyPage(decision: RateLimitDecision & { allowed: false }, security: Headers): Response {
  const headers = new Headers(security);
  for (const [name, value] of Object.entries(rateLimitHeaders(enginePageRateLimiter.policy, decision))) headers.set(name, value);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  const seconds = decision.retryAfterSeconds;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests</title></head><body><main><h1>Too many requests</h1><p>This address has opened a great many results and plans in the last minute. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.</p></main></body></html>`;
  return new NextResponse(html, { status: 429, headers });
}

// ── The proxy ─────────────────────────────────────────────────────────────────────────────────────────────────────

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const internal = request.headers.get(internalRewriteHeader) === internalRewriteKey(pathname);

  if (pathname.startsWith(`${snapshotPrefix}/`)) {
    // Only this proxy's own request for a kept page passes (rendered once, without a nonce); from outside, the path is unknown.
    return internal ? NextResponse.next() : NextResponse.rewrite(new URL("/s/-", request.url));
  }

  if (!pageMethodAllowed(request.method, pathname, request.headers)) {
    return new NextResponse(null, { status: 405, headers: { Allow: pageMethods.join(", "), "Cache-Control": "no-store" } });
  }

  if (pathname.startsWith("/s/")) return sharePage(request, pathname);

  let limit: RateLimitDecision | undefined;
  if (!internal && enginePages.has(pathname)) {
    limit = await enginePageRateLimiter.check(clientKey(request));
    if (!limit.allowed) return tooManyPage(limit, securityHeaders({ hashes: [] }));
  }
  const response = await pageResponse(request, pathname, internal);
  if (limit) for (const [name, value] of Object.entries(rateLimitHeaders(enginePageRateLimiter.policy, limit))) response.headers.set(name, value);
  return response;
}

async function pageResponse(request: NextRequest, pathname: string, internal: boolean): Promise<Response> {
  if (!internal && !request.headers.has("rsc") && hasInvalidAnswers(request)) {
    const page = await invalidAnswersPage(request);
    if (page) return page;
  }

  const { isDynamicPage, staticScriptHashes } = await kinds();
  if (isDev || isDynamicPage(pathname)) {
    const nonce = makeNonce();
    return next(request, securityHeaders({ nonce }), nonce);
  }
  return next(request, securityHeaders({ hashes: staticScriptHashes }));
}

export const config = {
  // Pages only: not the API, not Next's own files, not files (a dot in the last segment: icons, downloads).
  matcher: ["/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
};

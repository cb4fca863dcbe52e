/**
 * The security headers of the app's pages, as pure builders (proxy.ts applies them; tests call them directly).
 * See docs/decisions/0020-content-security-policy.md for which pages get which script policy.
 */

/** What a page's scripts are allowed by: a per-response nonce (dynamic pages) or the hashes of its inline scripts (prerendered pages). */
export type ScriptPolicy = { nonce: string } | { hashes: readonly string[] };

export interface PolicyOptions {
  scripts: ScriptPolicy;
  /** `next dev` needs eval for its refresh runtime; never in production. */
  dev?: boolean;
  /** Ask browsers to upgrade http subresources (only when the public origin is https). */
  upgradeInsecureRequests?: boolean;
}

/** The Content-Security-Policy of a page. Styles keep 'unsafe-inline' (React's style attributes); scripts never do. */
export function contentSecurityPolicy({ scripts, dev = false, upgradeInsecureRequests = false }: PolicyOptions): string {
  const eval_ = dev ? " 'unsafe-eval'" : "";
  const scriptSrc =
    "nonce" in scripts
      ? `script-src 'self' 'nonce-${scripts.nonce}' 'strict-dynamic'${eval_}`
      : `script-src 'self'${scripts.hashes.map((hash) => ` '${hash}'`).join("")}${eval_}`;
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(upgradeInsecureRequests ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS for two years with subdomains, only when the app's configured public origin is https; null otherwise. */
export function strictTransportSecurity(publicOrigin: string): string | null {
  return publicOrigin.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** A fresh nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The methods a page answers; everything else gets 405 with this list in `Allow`. */
export const pageMethods = ["GET", "HEAD"] as const;

/** The header a server action's POST carries (Next sets it on every action call). */
export const serverActionHeader = "next-action";

/**
 * Pages whose forms call server actions (their POST with a `Next-Action` header is the action): the account reset,
 * the workspace (teams and their assessments, saving, notifications, invitations) and answer requests.
 */
const actionPagePatterns: readonly RegExp[] = [/^\/reset-password$/, /^\/join\/[^/]+$/, /^\/notifications$/, /^\/save$/, /^\/teams(\/.*)?$/, /^\/r\/[^/]+(\/answer)?$/];

export function pageHasActions(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return actionPagePatterns.some((pattern) => pattern.test(path));
}

/** Whether a page request's method is allowed: GET and HEAD always, POST only as a server action on a page that has them. */
export function pageMethodAllowed(method: string, pathname: string, headers: { has(name: string): boolean }): boolean {
  if (method === "GET" || method === "HEAD") return true;
  return method === "POST" && headers.has(serverActionHeader) && pageHasActions(pathname);
}

/** The sha256 CSP sources of every inline script in a prerendered page's HTML (scripts with `src` load under 'self'). */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? "";
    if (body === "") continue;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
    hashes.add(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  }
  return [...hashes];
}

/**
 * A kept page's HTML (rendered once, without a nonce) with this response's nonce on each of its script tags (and script
 * preloads, which the policy checks too), so it
 * can be served under the nonce policy. Only tags the framework wrote exist: text a team wrote is escaped (`&lt;script`)
 * in the HTML and in the router's payload alike.
 */
export function addNonceToScripts(html: string, nonce: string): string {
  return html
    .replace(/<script(?=[\s>])(?![^>]*\snonce=)/g, `<script nonce="${nonce}"`)
    .replace(/<link(?=[^>]*\sas="script")(?![^>]*\snonce=)/g, `<link nonce="${nonce}"`);
}

import { describe, expect, test } from "vitest";
import {
  addNonceToScripts,
  contentSecurityPolicy,
  inlineScriptHashes,
  makeNonce,
  pageHasActions,
  pageMethodAllowed,
  strictTransportSecurity,
} from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  test("a dynamic page: scripts by nonce and 'strict-dynamic', never 'unsafe-inline' or eval", () => {
    const policy = contentSecurityPolicy({ scripts: { nonce: "abc123" } });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  test("a prerendered page: its inline scripts' hashes, no nonce", () => {
    const policy = contentSecurityPolicy({ scripts: { hashes: ["sha256-AAA=", "sha256-BBB="] } });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
  });

  test("eval only for next dev; upgrade-insecure-requests only when asked", () => {
    expect(directive(contentSecurityPolicy({ scripts: { nonce: "n" }, dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ scripts: { nonce: "n" }, upgradeInsecureRequests: true })).toContain("upgrade-insecure-requests");
  });
});

describe("strictTransportSecurity", () => {
  test("only when the configured public origin is https", () => {
    expect(strictTransportSecurity("https://plan.example.com")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity("http://plan.example.com")).toBeNull();
  });
});

describe("makeNonce", () => {
  test("128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("page methods", () => {
  const none = new Headers();
  const action = new Headers({ "Next-Action": "7f00" });

  test.each(["GET", "HEAD"])("%s is always allowed", (method) => {
    expect(pageMethodAllowed(method, "/results", none)).toBe(true);
  });

  test.each(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "POST"])("%s without a server action is refused", (method) => {
    expect(pageMethodAllowed(method, "/teams", none)).toBe(false);
  });

  test("a server action's POST passes on pages with actions only", () => {
    expect(pageMethodAllowed("POST", "/teams/acme/assessments/a1", action)).toBe(true);
    expect(pageMethodAllowed("POST", "/save", action)).toBe(true);
    expect(pageMethodAllowed("POST", "/r/token123", action)).toBe(true);
    expect(pageMethodAllowed("POST", "/results", action)).toBe(false);
    expect(pageMethodAllowed("POST", "/", action)).toBe(false);
    expect(pageMethodAllowed("PUT", "/teams", action)).toBe(false);
  });

  test("pages with actions", () => {
    expect(["/reset-password", "/join/x", "/notifications", "/save", "/teams", "/teams/", "/teams/a/members", "/r/x", "/r/x/answer"].every(pageHasActions)).toBe(true);
    expect(["/", "/assess", "/results", "/plan", "/sign-in", "/s/x", "/teamsx", "/r/x/y"].some(pageHasActions)).toBe(false);
  });
});

describe("inline scripts", () => {
  test("hashes each inline script once and skips scripts with src", async () => {
    const html = '<script src="/_next/a.js" async></script><script>self.__next_f.push([1])</script><script>self.__next_f.push([1])</script><script id="x">b()</script>';
    const hashes = await inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    // sha256("b()") in base64
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("b()"));
    expect(hashes).toContain(`sha256-${Buffer.from(digest).toString("base64")}`);
  });

  test("script preloads get the nonce too", () => {
    expect(addNonceToScripts('<link rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/a.css"/>', "N")).toBe(
      '<link nonce="N" rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/a.css"/>',
    );
  });

  test("a kept page's script tags get this response's nonce; escaped text stays text", () => {
    const html = '<p>&lt;script&gt;x</p><script src="/a.js" async></script><script>self.__next_f.push([1,"\\u003cscript"])</script><script nonce="old">y</script>';
    const out = addNonceToScripts(html, "N1");
    expect(out).toBe('<p>&lt;script&gt;x</p><script nonce="N1" src="/a.js" async></script><script nonce="N1">self.__next_f.push([1,"\\u003cscript"])</script><script nonce="old">y</script>');
  });
});

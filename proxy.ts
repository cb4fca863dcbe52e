import { NextResponse, type NextRequest } from "next/server";
import { ownServerOrigin } from "@/lib/server/env";
import { internalRewriteHeader, internalRewriteKey, sharedSnapshotPath, snapshotPrefix } from "@/lib/server/workspace/shared-snapshot";

// Share links: check the token on every request (revoked or expired links stop at once), then serve the kept
// page of that assessment version (ISR, rendered once). The kept pages are reachable only through this proxy.
// It fetches the kept page from this same server and answers with it, so the response can say `private,
// no-store` (Next would mark a kept page cacheable for a year, and a CDN must never keep a share link). See ADR 0013.

const dropped = new Set(["cache-control", "content-encoding", "content-length", "transfer-encoding", "connection", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"]);

interface Kept {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

// The last pages fetched, by path and kind (HTML or the router's RSC payload): a kept page never changes, so a
// hit answers without a second request. Bounded (about 250 KB each).
const recent = new Map<string, Kept>();
const recentLimit = 40;

async function fetchKept(request: NextRequest, path: string, origin: string): Promise<Kept> {
  const headers = new Headers(request.headers);
  headers.delete("accept-encoding");
  headers.set(internalRewriteHeader, internalRewriteKey(path));
  const response = await fetch(`${origin}${path}${request.nextUrl.search}`, { headers, redirect: "manual", cache: "no-store" });
  const kept: [string, string][] = [];
  response.headers.forEach((value, key) => {
    if (!dropped.has(key)) kept.push([key, value]);
  });
  return { status: response.status, headers: kept, body: await response.arrayBuffer() };
}

async function keptPage(request: NextRequest, path: string): Promise<Response | null> {
  const origin = ownServerOrigin();
  if (!origin) return null;
  const key = `${request.headers.has("rsc") ? "rsc" : "html"} ${path}${request.nextUrl.search}`;
  let page = recent.get(key);
  if (!page) {
    page = await fetchKept(request, path, origin);
    if (page.status === 200 && request.nextUrl.search === "") {
      recent.set(key, page);
      if (recent.size > recentLimit) recent.delete(recent.keys().next().value ?? "");
    }
  }
  const headers = new Headers(page.headers);
  headers.set("Cache-Control", "private, no-store");
  return new NextResponse(page.body, { status: page.status, headers });
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith(`${snapshotPrefix}/`)) {
    // Only this proxy's own request for a kept page passes; from outside, the path is unknown.
    const ours = request.headers.get(internalRewriteHeader) === internalRewriteKey(pathname);
    return ours ? NextResponse.next() : NextResponse.rewrite(new URL("/s/-", request.url));
  }
  const token = decodeURIComponent(pathname.slice("/s/".length));
  try {
    const path = await sharedSnapshotPath(token);
    // No valid token: app/s/[token] answers (a plain 404).
    if (!path) return NextResponse.next();
    return (await keptPage(request, path)) ?? NextResponse.next();
  } catch (error) {
    console.error("share link: serving the kept page failed; rendering it directly", error);
    return NextResponse.next();
  }
}

export const config = { matcher: ["/s/:token", "/shared-snapshot/:path*"] };

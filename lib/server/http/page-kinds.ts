import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { inlineScriptHashes } from "./security-headers";

/**
 * Which paths are pages rendered per request (they get a nonce) and what the prerendered pages' inline scripts hash
 * to (they keep a static policy: a nonce cannot be put into HTML written at build time). Read once from the build this
 * server runs: routes-manifest.json (every route's pattern), prerender-manifest.json (the prerendered ones) and their
 * HTML. Under `next dev` there is no such build: every page is rendered per request, so every page gets a nonce.
 */
export interface PageKinds {
  /** True for a path that a page rendered per request answers; false for prerendered pages and unknown paths (the prerendered 404). */
  isDynamicPage(pathname: string): boolean;
  /** sha256 sources of every inline script of every prerendered page. */
  staticScriptHashes: readonly string[];
}

interface RouteEntry {
  page: string;
  regex: string;
}

const everyPageDynamic: PageKinds = { isDynamicPage: () => true, staticScriptHashes: [] };

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}

function routeEntries(manifest: unknown): RouteEntry[] {
  if (typeof manifest !== "object" || manifest === null) return [];
  const lists = ["staticRoutes", "dynamicRoutes"].map((key) => (manifest as Record<string, unknown>)[key]);
  return lists.flatMap((list) =>
    Array.isArray(list) ? list.filter((entry): entry is RouteEntry => typeof entry?.page === "string" && typeof entry?.regex === "string") : [],
  );
}

function prerenderedRoutes(manifest: unknown): string[] {
  if (typeof manifest !== "object" || manifest === null) return [];
  const routes = (manifest as Record<string, unknown>).routes;
  return typeof routes === "object" && routes !== null ? Object.keys(routes) : [];
}

export async function loadPageKinds(buildDir: string): Promise<PageKinds> {
  try {
    const [routes, prerender] = await Promise.all([readJson(join(buildDir, "routes-manifest.json")), readJson(join(buildDir, "prerender-manifest.json"))]);
    const prerendered = new Set(prerenderedRoutes(prerender));
    const dynamic = routeEntries(routes)
      .filter((entry) => !prerendered.has(entry.page) && !entry.page.startsWith("/api/"))
      .map((entry) => new RegExp(entry.regex));
    const pages = await Promise.all(
      [...prerendered].map((route) => readFile(join(buildDir, "server", "app", `${route === "/" ? "/index" : route}.html`), "utf8").catch(() => "")),
    );
    const hashes = new Set((await Promise.all(pages.map(inlineScriptHashes))).flat());
    return { isDynamicPage: (pathname) => dynamic.some((pattern) => pattern.test(pathname)), staticScriptHashes: [...hashes] };
  } catch {
    return everyPageDynamic;
  }
}

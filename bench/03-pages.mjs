// Page weight and Lighthouse scores on a production build served on loopback only.
// (a) First-load JavaScript of the wizard (/assess) and the results page, as compressed bytes transferred
//     for script resources in Chromium (CDP Network.loadingFinished encodedDataLength), beside a bare
//     Next.js page of the same build (/bench/bare: a static heading) as the framework's own baseline.
// (b) Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU) performance and accessibility for
//     /, /assess, /results?<a RAG case> and /plan?<the same case> (and the bare page, for reference), median of LH_RUNS
//     runs (3 by default).
// Targets are informational: a miss never fails the exit code.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { bundleTypeScript, fmt, root, table, verdict } from "./_lib.mjs";
import { benchServer, runWithServer } from "./_server.mjs";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PAGES_PORT ?? 3201);
// Shared with bench/02-api.mjs (they run one after the other); BENCH_DIST_DIR to use another.
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const LH_RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const TARGET_JS_RATIO = 1.3;
const TARGET_PERFORMANCE = 95;
const TARGET_ACCESSIBILITY = 100;
// The RAG case shared with the browser tests, so the bench measures a realistic, full results page.
const { outfile } = await bundleTypeScript("tests/fixtures/traits.ts", "test-traits");
const { ragTraits } = await import(outfile);
const ragQuery = new URLSearchParams(
  Object.entries(ragTraits).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : String(value)]),
).toString();

const routes = {
  bare: "/bench/bare",
  home: "/",
  assess: "/assess",
  results: `/results?${ragQuery}`,
  plan: `/plan?${ragQuery}`,
};

// ── Server (loopback only, own process group; built first when the sources are newer) ──────────────
const server = benchServer({ distDir: DIST_DIR, port: PORT, host: HOST, readyPath: routes.bare });
const { base } = server;

// ── (a) First-load JavaScript in Chromium ───────────────────────────────────────────────────────────
async function measureScripts(browser, path) {
  // A fresh context per page: empty cache, nothing shared with the previous route.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const scripts = new Map();
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.set(event.requestId, { url: event.response.url, encoded: 0, decoded: 0, encoding: event.response.headers["content-encoding"] ?? event.response.headers["Content-Encoding"] ?? "" });
  });
  cdp.on("Network.dataReceived", (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.decoded += event.dataLength;
  });
  cdp.on("Network.loadingFinished", (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.encoded = event.encodedDataLength;
  });
  // Until the load event: what the document itself needs. Later requests are the router prefetching the
  // routes the page links to (the header links /assess from every page), which is not this page's weight.
  const response = await page.goto(`${base}${path}`, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  const firstLoad = new Set(scripts.keys());
  await context.close();
  const list = [...firstLoad].map((id) => scripts.get(id));
  return {
    count: list.length,
    encoded: list.reduce((sum, s) => sum + s.encoded, 0),
    decoded: list.reduce((sum, s) => sum + s.decoded, 0),
    compressed: list.filter((s) => s.encoding !== "").length,
  };
}

async function scriptWeights() {
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const out = {};
    for (const name of ["bare", "assess", "results", "home"]) out[name] = await measureScripts(browser, routes[name]);
    return out;
  } finally {
    await browser.close();
  }
}

// ── (b) Lighthouse ─────────────────────────────────────────────────────────────────────────────────
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * One Lighthouse run in a fresh browser (as Lighthouse's CLI does, so no run warms the next one's cache).
 * Chromium sometimes drops the trace's navigation start (NO_NAVSTART): such a run is retried, twice at most.
 */
async function lighthouseRun(lighthouse, chromeLauncher, path, attempt = 1) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumArgs] });
  let lhr;
  try {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    lhr = result?.lhr;
  } finally {
    await chrome.kill();
  }
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
  if (lhr.runtimeError) {
    if (attempt < 3) {
      console.log(`  (retrying ${path}: ${lhr.runtimeError.code})`);
      return lighthouseRun(lighthouse, chromeLauncher, path, attempt + 1);
    }
    throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    failedA11y: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) && a.score === 0)
      .map((a) => a.id),
  };
}

async function lighthouseScores() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const out = {};
  for (const name of ["bare", "home", "assess", "results", "plan"]) {
    const runs = [];
    for (let run = 0; run < LH_RUNS; run += 1) runs.push(await lighthouseRun(lighthouse, chromeLauncher, routes[name]));
    out[name] = {
      runs,
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      cls: median(runs.map((r) => r.cls)),
      failedA11y: [...new Set(runs.flatMap((r) => r.failedA11y))],
      benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
    };
  }
  return out;
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KiB`;

async function main() {
  if (await server.portInUse()) throw new Error(`${HOST}:${PORT} is already in use; set BENCH_PAGES_PORT to another port.`);
  server.buildIfStale();
  server.start();
  await server.waitReady();

  // The results page must really be a RAG result, or the figures describe the wrong page.
  const html = await (await fetch(`${base}${routes.results}`)).text();
  if (!/data-architecture="rag"/.test(html)) throw new Error("The RAG case did not render a RAG result at /results.");

  console.log("\n(a) First-load JavaScript in Chromium (script resources, fresh cache, until the load event; link prefetches excluded):");
  const weights = await scriptWeights();
  const bare = weights.bare;
  const labels = { bare: `${routes.bare} (baseline)`, assess: routes.assess, results: "/results?<RAG case>", home: routes.home };
  table([
    ["route", "scripts", "transferred", "uncompressed", "× bare"],
    ...Object.entries(weights).map(([name, w]) => [labels[name], w.count, kb(w.encoded), kb(w.decoded), fmt(w.encoded / bare.encoded, 2)]),
  ]);
  if (bare.compressed < bare.count) console.log(`Note: ${bare.count - bare.compressed} of ${bare.count} baseline scripts came without content-encoding.`);

  console.log(`\n(b) Lighthouse ${LH_RUNS > 1 ? `median of ${LH_RUNS} runs` : "1 run"}, mobile defaults (simulated throttling):`);
  const scores = await lighthouseScores();
  const lhLabels = { bare: "/bench/bare (baseline)", home: "/", assess: "/assess", results: "/results?<RAG case>", plan: "/plan?<RAG case>" };
  table([
    ["page", "performance", "accessibility", "FCP ms", "LCP ms", "TBT ms", "CLS", "runs (perf)"],
    ...Object.entries(scores).map(([name, s]) => [
      lhLabels[name],
      s.performance,
      s.accessibility,
      fmt(s.fcp),
      fmt(s.lcp),
      fmt(s.tbt),
      fmt(s.cls, 3),
      s.runs.map((r) => r.performance).join(" "),
    ]),
  ]);
  const cpu = median(Object.values(scores).map((s) => s.benchmarkIndex));
  console.log(
    `Lighthouse CPU benchmark index of this machine: ${fmt(cpu)} (its 4× CPU slowdown assumes a fast desktop, about 1,000+; ` +
      "a slower or busy machine scores every page lower, the bare framework page included).",
  );
  for (const [name, s] of Object.entries(scores)) {
    if (s.failedA11y.length > 0) console.log(`Accessibility audits failing on ${lhLabels[name]}: ${s.failedA11y.join(", ")}`);
  }

  const ratio = weights.assess.encoded / bare.encoded;
  console.log("");
  table([
    ["target", "value", "goal", "result"],
    ["/assess first-load JS ÷ bare page", `${fmt(ratio, 2)}×`, `≤ ${TARGET_JS_RATIO}×`, verdict(ratio <= TARGET_JS_RATIO)],
    ...Object.entries(scores).filter(([name]) => name !== "bare").flatMap(([name, s]) => [
      [`${lhLabels[name]} performance`, s.performance, `≥ ${TARGET_PERFORMANCE}`, verdict(s.performance >= TARGET_PERFORMANCE)],
      [`${lhLabels[name]} accessibility`, s.accessibility, `= ${TARGET_ACCESSIBILITY}`, verdict(s.accessibility >= TARGET_ACCESSIBILITY)],
    ]),
  ]);

  const outDir = join(root, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "03-pages.json"), `${JSON.stringify({ routes, weights, scores }, null, 2)}\n`);
  console.log(`\nRaw figures: bench/results/03-pages.json`);
}

await runWithServer(server, main);

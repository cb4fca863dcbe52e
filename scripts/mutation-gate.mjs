// Reads Stryker's JSON report and fails when a domain folder's mutation score is under its threshold.
// Score = detected / (detected + undetected): killed and timed-out mutants are detected; survivors and mutants no test
// reaches are not. Survivors listed as equivalent in stryker.config.mjs (same behaviour, so no test can kill them)
// count as neither. Usage: node scripts/mutation-gate.mjs [report.json]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

/** Minimum score per folder. */
export const folderThresholds = {
  "lib/decision": 80,
  "lib/staffing": 80,
  "lib/hiring": 80,
  "lib/cost": 80,
  // Every workspace module is new since the gate started, so each is held to `newModuleThreshold` as well.
  "lib/workspace": 85,
};

/** Modules held to more than their folder: the rules that decide who may do what, and when. */
export const moduleThresholds = {
  "lib/workspace/policies.ts": 95,
  "lib/workspace/review-workflow.ts": 95,
};

/** Every module added after the gate must score at least this on its own. */
export const newModuleThreshold = 85;

/** The modules the gate started with; a file not listed here is new and held to `newModuleThreshold`. */
export const modulesAtStart = new Set([
  "lib/cost/assumptions.ts",
  "lib/cost/break-even.ts",
  "lib/cost/model.ts",
  "lib/cost/monthly-cost.ts",
  "lib/cost/resolve-assumptions.ts",
  "lib/cost/sensitivity.ts",
  "lib/cost/types.ts",
  "lib/cost/unit-costs.ts",
  "lib/decision/decision-record.ts",
  "lib/decision/flips.ts",
  "lib/decision/flowchart.ts",
  "lib/decision/hiring-warnings.ts",
  "lib/decision/recommend.ts",
  "lib/decision/role-profile.ts",
  "lib/decision/score.ts",
  "lib/decision/scoring-rules.ts",
  "lib/decision/source-articles.ts",
  "lib/decision/trait-catalog.ts",
  "lib/decision/trait-keys.ts",
  "lib/decision/traits-query-string.ts",
  "lib/decision/traits-url.ts",
  "lib/decision/traits.ts",
  "lib/decision/types.ts",
  "lib/decision/warning-triggers.ts",
  "lib/hiring/job-description.ts",
  "lib/hiring/markdown.ts",
  "lib/hiring/phases.ts",
  "lib/hiring/plan-notes.ts",
  "lib/hiring/plan.ts",
  "lib/hiring/role-catalog.ts",
  "lib/hiring/role-context.ts",
  "lib/hiring/scorecard-competencies.ts",
  "lib/hiring/scorecards.ts",
  "lib/hiring/seniority.ts",
  "lib/hiring/sourcing.ts",
  "lib/hiring/types.ts",
  // Moved from lib/hiring by ADR 0009 without new logic: not new modules.
  "lib/staffing/phase-staffing.ts",
  "lib/staffing/role-catalog.ts",
  "lib/staffing/role-context.ts",
  "lib/staffing/seniority.ts",
  "lib/staffing/sourcing.ts",
]);

const detected = new Set(["Killed", "Timeout"]);
const undetected = new Set(["Survived", "NoCoverage"]);

function originalText(source, location) {
  const lines = source.split("\n");
  const { start, end } = location;
  if (start.line === end.line) return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1);
  const parts = [(lines[start.line - 1] ?? "").slice(start.column - 1)];
  for (let line = start.line + 1; line < end.line; line++) parts.push(lines[line - 1] ?? "");
  parts.push((lines[end.line - 1] ?? "").slice(0, end.column - 1));
  return parts.join("\n");
}

const normalise = (text) => text.replace(/\s+/g, " ").trim();

/** True when a surviving mutant is one the config records as equivalent. */
function isEquivalent(file, source, mutant, equivalents) {
  return equivalents.some(
    (entry) =>
      entry.file === file &&
      entry.mutator === mutant.mutatorName &&
      normalise(entry.original) === normalise(originalText(source, mutant.location)) &&
      (entry.replacement === undefined || normalise(entry.replacement) === normalise(mutant.replacement ?? "")),
  );
}

export function score(report, equivalents = []) {
  const folders = new Map();
  const files = [];
  const used = new Set();
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const tally = { detected: 0, undetected: 0, equivalent: 0 };
    for (const mutant of mutants) {
      if (detected.has(mutant.status)) tally.detected++;
      else if (undetected.has(mutant.status)) {
        const match = equivalents.find((entry) => isEquivalent(file, source, mutant, [entry]));
        if (match) {
          tally.equivalent++;
          used.add(match);
        } else tally.undetected++;
      }
    }
    files.push({ file, ...tally });
    const folder = Object.keys(folderThresholds).find((prefix) => file.startsWith(`${prefix}/`));
    if (!folder) continue;
    const sum = folders.get(folder) ?? { detected: 0, undetected: 0, equivalent: 0 };
    sum.detected += tally.detected;
    sum.undetected += tally.undetected;
    sum.equivalent += tally.equivalent;
    folders.set(folder, sum);
  }
  return { folders, files, unusedEquivalents: equivalents.filter((entry) => !used.has(entry)) };
}

const pct = ({ detected, undetected }) => (detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected));

async function main() {
  const reportPath = resolve(process.argv[2] ?? "reports/mutation/mutation.json");
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const config = (await import(pathToFileURL(resolve("stryker.config.mjs")).href)).equivalentMutants ?? [];
  const { folders, files, unusedEquivalents } = score(report, config);
  const failures = [];
  console.log("\nMutation score by folder (equivalent mutants excluded)");
  console.log("folder          score   threshold  detected  undetected  equivalent");
  for (const [folder, threshold] of Object.entries(folderThresholds)) {
    const tally = folders.get(folder);
    if (!tally) continue;
    const value = pct(tally);
    const ok = value >= threshold;
    if (!ok) failures.push(`${folder}: ${value.toFixed(1)}% < ${threshold}%`);
    console.log(
      `${folder.padEnd(15)} ${value.toFixed(1).padStart(5)}%  ${String(threshold).padStart(6)}%  ${String(tally.detected).padStart(8)}  ${String(tally.undetected).padStart(10)}  ${String(tally.equivalent).padStart(10)}${ok ? "" : "  FAIL"}`,
    );
  }
  for (const entry of files) {
    if (!Object.keys(folderThresholds).some((prefix) => entry.file.startsWith(`${prefix}/`))) continue;
    const threshold = moduleThresholds[entry.file] ?? (modulesAtStart.has(entry.file) ? 0 : newModuleThreshold);
    const value = pct(entry);
    if (threshold > 0) console.log(`${entry.file.padEnd(40)} ${value.toFixed(1).padStart(5)}%  (module, needs ${threshold}%)`);
    if (value < threshold) failures.push(`${entry.file}: ${value.toFixed(1)}% < ${threshold}%`);
  }
  for (const entry of unusedEquivalents) console.log(`note: equivalent mutant no longer found (remove it from stryker.config.mjs): ${entry.file} ${entry.mutator} ${entry.original}`);
  if (failures.length > 0) {
    console.error(`\nMutation gate failed:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  console.log("\nMutation gate passed.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

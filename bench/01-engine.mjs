// Engine throughput: recommend() calls per second on varied valid traits, flips included (each call also works out
// which single-answer changes would flip the architecture, which one-step nudges overturn it for the confidence, and
// for answers marked "Not sure" the pick under each of their values).
import { bundleTypeScript, fmt, table, verdict, warnIfBusy } from "./_lib.mjs";

const TARGET_PER_SECOND = 10_000;
// The planner's cost model re-runs in the browser on every keystroke of an assumption: one call well under 5 ms.
const TARGET_COST_MODEL_MS = 5;
const SAMPLES = 1_000;
const WARMUP_MS = 1_000;
const MEASURE_MS = 3_000;

const { outfile, bundler } = await bundleTypeScript("lib/decision/index.ts", "decision-engine");
const engine = await import(outfile);
const { recommend, traitsSchema, teamSkillOptions, unsureTraitKeys } = engine;
const { outfile: costFile } = await bundleTypeScript("lib/cost/index.ts", "cost-model");
const { computeCostModel } = await import(costFile);

// Deterministic pseudo-random generator (xorshift32 from a fixed start), so every run times the same inputs.
let state = 0x2545f491;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const pick = (values) => values[Math.floor(random() * values.length)];

// The answer sets come straight from the schema, so the bench follows it when answers are added.
const shape = traitsSchema.shape;
const options = (key) => shape[key].options;
const skills = teamSkillOptions;

function randomTraits() {
  return {
    need: pick(options("need")),
    taskType: pick(options("taskType")),
    knowledgeChange: pick(options("knowledgeChange")),
    corpusSize: pick(options("corpusSize")),
    citations: pick(options("citations")),
    outputControl: pick(options("outputControl")),
    domainVocabulary: pick(options("domainVocabulary")),
    labeledExamples: pick(options("labeledExamples")),
    latency: pick(options("latency")),
    errorCost: pick(options("errorCost")),
    dataSensitivity: pick(options("dataSensitivity")),
    perUserAccess: random() < 0.5,
    timeToShip: pick(options("timeToShip")),
    upfrontBudgetUsd: pick([0, 2_000, 20_000, 100_000, 1_000_000, Math.round(random() * 500_000)]),
    monthlyQueries: pick([0, 1_000, 50_000, 1_000_000, 100_000_000, Math.floor(random() * 10_000_000)]),
    gpuAccess: pick(options("gpuAccess")),
    teamSkills: skills.filter(() => random() < 0.4),
    promptBaseline: pick(options("promptBaseline")),
    // Half the answer sets mark one to three answers "Not sure" (their values are then the engine's assumptions).
    ...(random() < 0.5 ? { unsure: [...new Set([pick(unsureTraitKeys), pick(unsureTraitKeys), pick(unsureTraitKeys)].slice(0, 1 + Math.floor(random() * 3)))] } : {}),
  };
}

const inputs = Array.from({ length: SAMPLES }, randomTraits);
const architectures = new Map();
let flips = 0;
for (const traits of inputs) {
  const result = recommend(traits); // also proves every generated input is valid
  const architecture = result.recommendation.architecture;
  architectures.set(architecture, (architectures.get(architecture) ?? 0) + 1);
  flips += result.flips.length;
}

function run(ms) {
  let calls = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 100; i += 1) {
      sink += recommend(inputs[(calls + i) % SAMPLES]).flips.length;
    }
    calls += 100;
    elapsed = process.hrtime.bigint() - start;
  }
  return { calls, seconds: Number(elapsed) / 1e9, sink };
}

run(WARMUP_MS);
warnIfBusy();
const rounds = [run(MEASURE_MS / 3), run(MEASURE_MS / 3), run(MEASURE_MS / 3)];
const rates = rounds.map((round) => round.calls / round.seconds).sort((a, b) => a - b);
const median = rates[1];
const perCallMicros = 1e6 / median;

console.log(`Engine ${engine.engineVersion ?? "?"} bundled with ${bundler}; ${SAMPLES} varied valid inputs, ${WARMUP_MS} ms warm-up, 3 × ${MEASURE_MS / 3} ms.`);
console.log(
  `Input mix: ${[...architectures].map(([name, count]) => `${name} ${count}`).join(", ")}; ${fmt(flips / SAMPLES, 1)} flips per result on average.\n`,
);
/** Mean milliseconds per cost model with one edited assumption (what a keystroke in the planner recomputes), 3 rounds. */
function costModelMs() {
  const samples = inputs.slice(0, 300);
  for (const traits of samples.slice(0, 50)) computeCostModel(traits);
  const times = [0, 1, 2].map(() => {
    const start = process.hrtime.bigint();
    for (const traits of samples) computeCostModel(traits, { overrides: { "gpu.hourlyUsd": 3 } });
    return Number(process.hrtime.bigint() - start) / 1e6 / samples.length;
  });
  return times.sort((a, b) => a - b)[1];
}
const costMs = costModelMs();

table([
  ["metric", "value", "target", "result"],
  ["recommend() calls/s (median of 3)", fmt(median), `≥ ${fmt(TARGET_PER_SECOND)}`, verdict(median >= TARGET_PER_SECOND)],
  ["cost model per keystroke (median of 3)", `${fmt(costMs, 2)} ms`, `≤ ${TARGET_COST_MODEL_MS} ms`, verdict(costMs <= TARGET_COST_MODEL_MS)],
  ["slowest / fastest round, calls/s", `${fmt(rates[0])} / ${fmt(rates[2])}`, "", ""],
  ["mean time per call", `${fmt(perCallMicros, 1)} µs`, `≤ ${fmt(1e6 / TARGET_PER_SECOND)} µs`, ""],
]);

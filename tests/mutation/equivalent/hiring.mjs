/**
 * Surviving mutants in lib/hiring that change no behaviour, so no test can kill them; the mutation gate leaves them out
 * of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // plan.ts
  {
    file: "lib/hiring/plan.ts",
    mutator: "ConditionalExpression",
    original: 'role.sourcing.mode !== "contract"',
    replacement: "false",
    reason: "Weeks computed for a non-contract role are only read by the job description for a contractor engagement, and mode \"contract\" is exactly engagement \"contractor\" (sourcing.ts, lean.ts).",
  },
  // scorecards.ts
  {
    file: "lib/hiring/scorecards.ts",
    mutator: "MethodExpression",
    original: "[...coreCompetencies[role], ...(extra ? [extra.competency] : [])].slice(0, maxCompetencies)",
    reason: "Every role has five core competencies and `find` adds at most one, so the list never exceeds maxCompetencies (6) and the slice cuts nothing.",
  },
];

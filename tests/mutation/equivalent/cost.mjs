/**
 * Surviving mutants in lib/cost that change no behaviour, so no test can kill them; the mutation gate leaves them out
 * of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // break-even.ts
  {
    file: "lib/cost/break-even.ts",
    mutator: "ConditionalExpression",
    original: "s === 0",
    replacement: "false",
    reason: "Without the `continue`, a tie (s = 0) still changes nothing: `reference = s` keeps 0, and `0 === -reference` is false for reference ±1.",
  },
  {
    file: "lib/cost/break-even.ts",
    mutator: "ConditionalExpression",
    original: "length > 0",
    replacement: "true",
    reason: "With no months, curve[-1] is undefined and reads as 0 on both sides, so sign(0 − 0) = 0, the same as the guarded branch.",
  },
  {
    file: "lib/cost/break-even.ts",
    mutator: "EqualityOperator",
    original: "length > 0",
    replacement: "length >= 0",
    reason: "Same as `true`: length is never negative, and at length 0 both branches give 0.",
  },
  {
    file: "lib/cost/break-even.ts",
    mutator: "ObjectLiteral",
    original: "{ architecture: architectures[0], cumulative: 0 }",
    reason: "Unreachable fallback: rankingAt always returns one entry per architecture (four), so ranking[0] is never undefined.",
  },

  // monthly-cost.ts
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "(staffing[phase][role] ?? 0) > 0",
    replacement: "true",
    reason: "Also pricing unstaffed roles changes nothing: staffing drops zero entries, so their FTE is undefined (skipped) in every month and 0 in the steady state.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "EqualityOperator",
    original: "(staffing[phase][role] ?? 0) > 0",
    replacement: "(staffing[phase][role] ?? 0) >= 0",
    reason: "Same as `true`: it prices every role, and unstaffed roles contribute nothing (FTE undefined in months, 0 in the steady state).",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "!phases.some((phase) => (staffing[phase][role] ?? 0) > 0)",
    replacement: "false",
    reason: "Same as above: a price for a role nobody staffs is never multiplied by a non-zero FTE.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: 'sourcing.decision === "hire"',
    replacement: "true",
    reason: "decideSourcing (lib/hiring/sourcing.ts) returns engagement \"contractor\" only with decision \"hire\", so the engagement alone decides.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "cost === undefined",
    replacement: "false",
    reason: "A role with an FTE in some phase always has a monthly price (monthlyRoleCost prices every role staffed in any phase).",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "launchWeek > 0",
    replacement: "true",
    reason: "Launch is never at week 0: the shortest plan (prompt engineering, days to ship) launches at week 0.75 + 3 = 3.75 (lib/hiring/phases.ts).",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "EqualityOperator",
    original: "launchWeek > 0",
    replacement: "launchWeek >= 0",
    reason: "Launch is never at week 0 (at least week 3.75), so > 0 and >= 0 agree on every input.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "month === 1",
    reason: "Unreachable: the zero-launch-week branch it sits in never runs (launch is at week 3.75 or later).",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "EqualityOperator",
    original: "month === 1",
    replacement: "month !== 1",
    reason: "Unreachable: the zero-launch-week branch it sits in never runs (launch is at week 3.75 or later).",
  },

  // model.ts
  {
    file: "lib/cost/model.ts",
    mutator: "ConditionalExpression",
    original: "whole > 0",
    replacement: "true",
    reason: "pct is only called for the retraining note, which needs retraining to be the largest non-people cost, so the non-people total is above 0.",
  },
  {
    file: "lib/cost/model.ts",
    mutator: "EqualityOperator",
    original: "whole > 0",
    replacement: "whole >= 0",
    reason: "pct is only called with a non-people total above 0 (retraining is then the largest of them), so > 0 and >= 0 agree.",
  },

  // sensitivity.ts
  {
    file: "lib/cost/sensitivity.ts",
    mutator: "OptionalChaining",
    original: "ranking.find((entry) => entry.architecture === architecture)?.cumulative",
    reason: "The ranking holds every architecture once, so find always returns an entry.",
  },
  {
    file: "lib/cost/sensitivity.ts",
    mutator: "OptionalChaining",
    original: "ranking[0]?.architecture",
    reason: "The ranking always has four entries, so ranking[0] is never undefined.",
  },
];

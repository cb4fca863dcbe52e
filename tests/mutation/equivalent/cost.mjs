/**
 * Surviving mutants in lib/cost that change no behaviour, so no test can kill them; the mutation gate leaves them out
 * of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // break-even.ts
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
    original: "first !== undefined && readiness !== undefined",
    replacement: "true",
    reason: "planCalendar gives every role of the model a readiness entry, and with no first phase phaseWindow's start is undefined, so `startWeek < undefined` pushes nothing either way.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "LogicalOperator",
    original: "first !== undefined && readiness !== undefined",
    reason: "readiness is never undefined (planCalendar covers every role), and a role with no first phase pushes no span either way (startWeek < undefined is false).",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "first !== undefined",
    replacement: "true",
    reason: "With no first phase, phaseWindow's start is undefined and `startWeek < undefined` is false: no span either way.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "EqualityOperator",
    original: "readiness.startWeek < firstStart",
    replacement: "readiness.startWeek <= firstStart",
    reason: "At equality the extra span has zero length, overlaps no month and its zero amount is skipped.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "role.fteByPhase[phase] > 0",
    replacement: "true",
    reason: "A span at 0 FTE costs 0 in every month, and zero amounts are skipped.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "EqualityOperator",
    original: "role.fteByPhase[phase] > 0",
    replacement: "role.fteByPhase[phase] >= 0",
    reason: "FTE is never negative, and a span at 0 FTE costs 0 and is skipped.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "OptionalChaining",
    original: "calendar.roles.find((entry) => entry.role === role.role)?.startWeek",
    reason: "planCalendar gives every role of the model a readiness entry, so find never returns undefined.",
  },
  {
    file: "lib/cost/monthly-cost.ts",
    mutator: "ConditionalExpression",
    original: "launchWeek > 0",
    replacement: "true",
    reason: "Launch is never at week 0: the shortest plan (prompt engineering, days to ship, no hiring or training time) launches at week 0.75 + 3 = 3.75 (lib/staffing).",
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

  // people-cost.ts
  {
    file: "lib/cost/people-cost.ts",
    mutator: "ConditionalExpression",
    original: "peakFte > 0",
    replacement: "true",
    reason: "Math.ceil(0) is 0, the same as the guarded branch; FTE is never negative.",
  },

  // sensitivity.ts
  {
    file: "lib/cost/sensitivity.ts",
    mutator: "OptionalChaining",
    original: "cheapest?.architecture",
    reason: "The ranking always has four entries, so `find(...) ?? ranking[0]` is never undefined.",
  },
];

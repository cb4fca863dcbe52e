/**
 * Surviving mutants in lib/staffing that change no behaviour, so no test can kill them; the mutation gate leaves them
 * out of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // seniority.ts
  {
    file: "lib/staffing/seniority.ts",
    mutator: "EqualityOperator",
    original: "seniorityOrder.indexOf(a) >= seniorityOrder.indexOf(b)",
    replacement: "seniorityOrder.indexOf(a) > seniorityOrder.indexOf(b)",
    reason: "The two differ only when a and b rank equally, i.e. are the same seniority, and then returning b is returning a.",
  },
  // sourcing.ts
];

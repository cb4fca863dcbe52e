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
  {
    file: "lib/staffing/seniority.ts",
    mutator: "ConditionalExpression",
    original: 'case "ai_product_engineer": break;',
    replacement: 'case "ai_product_engineer":',
    reason: "It is the switch's last case: without its `break` control falls off the end of the switch to the same place.",
  },
  // sourcing.ts
  {
    file: "lib/staffing/sourcing.ts",
    mutator: "UnaryOperator",
    original: "-1",
    replacement: "+1",
    reason: "list() joins only lists of two or more, and no role rests on more than two team skills: with two names slice(0, 1) = slice(0, -1) and at(1) = at(-1).",
  },
];

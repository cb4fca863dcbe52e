/**
 * Surviving mutants in the workspace's pure rules that change no behaviour, so no test can kill them; the mutation gate
 * leaves them out of the score. Each entry: the file, the mutator, the original code, the replacement and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // policies.ts
  {
    file: "lib/workspace/policies.ts",
    mutator: "ConditionalExpression",
    original: 'typeof value === "string"',
    replacement: "true",
    reason: "The type guard only narrows for TypeScript: `includes` on the list of role names already answers false for anything that is not one of those strings.",
  },
  {
    file: "lib/workspace/policies.ts",
    mutator: "ConditionalExpression",
    original: "team.role === null",
    replacement: "false",
    reason: "Deny-by-default stays explicit, but no permission list contains null, so a non-member is refused by the lookup that follows as well.",
  },
];

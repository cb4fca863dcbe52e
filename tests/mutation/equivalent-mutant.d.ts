/** A surviving mutant recorded as equivalent: it changes no behaviour, so no test can kill it. */
export interface EquivalentMutant {
  /** Path from the project root, e.g. "lib/cost/break-even.ts". */
  file: string;
  /** Stryker's mutator name, e.g. "EqualityOperator". */
  mutator: string;
  /** The original code the mutant replaces (whitespace is folded when matching). */
  original: string;
  /** The replacement, when only one of several mutants of the same code is equivalent. */
  replacement?: string;
  /** One line: why no behaviour changes. */
  reason: string;
}

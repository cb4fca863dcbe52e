/**
 * Surviving mutants in lib/staffing that change no behaviour, so no test can kill them; the mutation gate leaves them
 * out of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [];

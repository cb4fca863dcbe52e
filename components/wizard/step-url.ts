import { steps } from "@/lib/decision/trait-catalog";

/** The query parameter that names the wizard's step: `/assess?step=knowledge`. */
export const stepParam = "step";

/** The step a query string names, as an index into `steps`, or undefined when it names none. */
export function stepFromSearch(search: string): number | undefined {
  const id = new URLSearchParams(search).get(stepParam);
  const index = steps.findIndex((step) => step.id === id);
  return index >= 0 ? index : undefined;
}

/** The query string of step `index`, keeping any other parameters of `search`. */
export function searchForStep(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set(stepParam, steps[index]?.id ?? steps[0].id);
  return `?${params.toString()}`;
}

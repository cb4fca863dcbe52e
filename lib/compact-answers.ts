import { optionalTraitKeys, traitKeys } from "@/lib/decision/trait-keys";
import {
  citationNeeds,
  corpusSizes,
  dataSensitivities,
  errorCosts,
  gpuAccessLevels,
  knowledgeChanges,
  labeledExampleCounts,
  latencies,
  needs,
  outputControls,
  promptBaselines,
  taskTypes,
  teamSkillOptions,
  timesToShip,
  vocabularies,
  type OptionalTraitKey,
  type TraitKey,
  type Traits,
} from "@/lib/decision/traits";

/*
 * A whole set of answers in some forty characters, for the many "What would change this" links of a results page:
 * each link would otherwise repeat every answer in full (about 400 characters). One field per answer, in the
 * contract's order, separated by "-": a choice as its position in its list, yes/no as 1/0, skills as a bit mask and
 * whole numbers, all in base 36. The link goes to /results/what-if, which expands it and redirects to the readable
 * link; so the short form only lives for one click and may change with the answer lists.
 */

const choices: Partial<Record<TraitKey, readonly string[]>> = {
  need: needs,
  taskType: taskTypes,
  knowledgeChange: knowledgeChanges,
  corpusSize: corpusSizes,
  citations: citationNeeds,
  outputControl: outputControls,
  domainVocabulary: vocabularies,
  labeledExamples: labeledExampleCounts,
  latency: latencies,
  errorCost: errorCosts,
  dataSensitivity: dataSensitivities,
  timeToShip: timesToShip,
  gpuAccess: gpuAccessLevels,
  promptBaseline: promptBaselines,
};

const separator = "-";

function wholeNumber(value: number): string | undefined {
  return Number.isSafeInteger(value) && value >= 0 ? value.toString(36) : undefined;
}

function encodeField(key: TraitKey, traits: Traits): string | undefined {
  const value = traits[key];
  const list = choices[key];
  if (list) {
    const index = list.indexOf(String(value));
    return index >= 0 ? index.toString(36) : undefined;
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return wholeNumber(value);
  if (Array.isArray(value)) {
    let mask = 0;
    for (const skill of value) {
      const index = (teamSkillOptions as readonly string[]).indexOf(skill);
      if (index < 0) return undefined;
      mask |= 1 << index;
    }
    return mask.toString(36);
  }
  return undefined;
}

/** The answers in short form, or undefined when one of them has no short form (then use the readable link). */
export function compactAnswers(traits: Traits): string | undefined {
  // The short form predates the team answers: links carrying them stay readable rather than drop them.
  if (traits.teamSize !== undefined || traits.engineeringStrength !== undefined) return undefined;
  const fields: string[] = [];
  for (const key of traitKeys) {
    const field = encodeField(key, traits);
    if (field === undefined) return undefined;
    fields.push(field);
  }
  for (const key of optionalTraitKeys) {
    const value = traits[key];
    if (value === undefined) {
      fields.push("");
      continue;
    }
    const field = wholeNumber(value);
    if (field === undefined) return undefined;
    fields.push(field);
  }
  return fields.join(separator);
}

function decodeNumber(field: string): string | undefined {
  if (!/^[0-9a-z]{1,12}$/.test(field)) return undefined;
  return String(Number.parseInt(field, 36));
}

/**
 * The short form back as the readable query parameters (not validated: the results page does that), or undefined when
 * it is malformed.
 */
export function expandAnswers(compact: string): URLSearchParams | undefined {
  const fields = compact.split(separator);
  if (fields.length !== traitKeys.length + optionalTraitKeys.length) return undefined;
  const params = new URLSearchParams();
  for (const [index, key] of traitKeys.entries()) {
    const field = fields[index] ?? "";
    const list = choices[key];
    let value: string | undefined;
    if (list) value = /^[0-9a-z]$/.test(field) ? list[Number.parseInt(field, 36)] : undefined;
    else if (key === "perUserAccess") value = field === "1" ? "true" : field === "0" ? "false" : undefined;
    else if (key === "teamSkills") {
      const mask = /^[0-9a-z]{1,4}$/.test(field) ? Number.parseInt(field, 36) : -1;
      value = mask < 0 || mask >= 1 << teamSkillOptions.length ? undefined : teamSkillOptions.filter((_, bit) => (mask & (1 << bit)) !== 0).join(",");
    } else value = decodeNumber(field);
    if (value === undefined) return undefined;
    params.set(key, value);
  }
  for (const [index, key] of optionalTraitKeys.entries()) {
    const field = fields[traitKeys.length + index] ?? "";
    if (field === "") continue;
    const value = decodeNumber(field);
    if (value === undefined) return undefined;
    params.set(key satisfies OptionalTraitKey, value);
  }
  return params;
}

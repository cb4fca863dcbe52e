import fc from "fast-check";
import {
  citationNeeds,
  corpusSizes,
  dataSensitivities,
  errorCosts,
  gpuAccessLevels,
  knowledgeChanges,
  labeledExampleCounts,
  latencies,
  maxMonthlyQueries,
  maxUpfrontBudgetUsd,
  needs,
  outputControls,
  promptBaselines,
  taskTypes,
  teamSkillOptions,
  timesToShip,
  vocabularies,
  type Traits,
} from "./traits";

/**
 * Any valid traits object, for property tests. Built only from the option arrays in ./traits,
 * so it follows the schema when answers are added. Team skills come out unique and in canonical order.
 */
export const traitsArbitrary: fc.Arbitrary<Traits> = fc.record({
  need: fc.constantFrom(...needs),
  taskType: fc.constantFrom(...taskTypes),
  knowledgeChange: fc.constantFrom(...knowledgeChanges),
  corpusSize: fc.constantFrom(...corpusSizes),
  citations: fc.constantFrom(...citationNeeds),
  outputControl: fc.constantFrom(...outputControls),
  domainVocabulary: fc.constantFrom(...vocabularies),
  labeledExamples: fc.constantFrom(...labeledExampleCounts),
  latency: fc.constantFrom(...latencies),
  errorCost: fc.constantFrom(...errorCosts),
  dataSensitivity: fc.constantFrom(...dataSensitivities),
  perUserAccess: fc.boolean(),
  timeToShip: fc.constantFrom(...timesToShip),
  upfrontBudgetUsd: fc.oneof(
    fc.constantFrom(0, 5_000, 30_000, 250_000, maxUpfrontBudgetUsd),
    fc.double({ min: 0, max: maxUpfrontBudgetUsd, noNaN: true, noDefaultInfinity: true }),
  ),
  monthlyQueries: fc.oneof(
    fc.constantFrom(0, 1_000, 100_000, 10_000_000, maxMonthlyQueries),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: maxMonthlyQueries }),
  ),
  gpuAccess: fc.constantFrom(...gpuAccessLevels),
  teamSkills: fc.subarray([...teamSkillOptions]),
  promptBaseline: fc.constantFrom(...promptBaselines),
});

import type { Traits } from "@/lib/decision/traits";

/** The demo team's three saved assessments (DEMO_TEAM=1): plain data, so tests can list their picks. */
const base: Traits = {
  need: "knowledge",
  taskType: "support_assistant",
  knowledgeChange: "daily",
  corpusSize: "large",
  citations: "required",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  labeledExamples: "under_100",
  latency: "tolerant",
  errorCost: "high",
  dataSensitivity: "internal",
  perUserAccess: true,
  timeToShip: "weeks",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 200_000,
  gpuAccess: "cloud",
  teamSkills: ["prompt_engineering", "evaluation"],
  promptBaseline: "insufficient",
};

export const demoAssessments: { title: string; status: string; answers: Traits }[] = [
  { title: "Support assistant over the help centre", status: "accepted", answers: base },
  {
    title: "Invoice field extraction",
    status: "proposed",
    answers: { ...base, need: "behavior", taskType: "classification_extraction", knowledgeChange: "static", corpusSize: "small", citations: "none", outputControl: "strict", labeledExamples: "tens_of_thousands", perUserAccess: false, gpuAccess: "dedicated", teamSkills: ["model_training", "mlops", "evaluation"] },
  },
  { title: "Release-notes summaries", status: "draft", answers: { ...base, taskType: "search_summarize", knowledgeChange: "weekly", corpusSize: "fits_in_prompt", citations: "helpful", errorCost: "low", perUserAccess: false, promptBaseline: "not_tried" } },
];

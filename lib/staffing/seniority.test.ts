import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role, Seniority } from "@/lib/decision/types";
import { maxSeniority, seniorityFor } from "./seniority";

describe("maxSeniority", () => {
  it.each([
    { a: "junior", b: "mid", max: "mid" },
    { a: "mid", b: "junior", max: "mid" },
    { a: "senior", b: "staff", max: "staff" },
    { a: "staff", b: "junior", max: "staff" },
    { a: "junior", b: "staff", max: "staff" },
    { a: "mid", b: "senior", max: "senior" },
    { a: "senior", b: "mid", max: "senior" },
    { a: "senior", b: "senior", max: "senior" },
    { a: "junior", b: "junior", max: "junior" },
  ] as { a: Seniority; b: Seniority; max: Seniority }[])("the more senior of $a and $b is $max", ({ a, b, max }) => {
    expect(maxSeniority(a, b)).toBe(max);
  });
});

interface Row {
  role: Role;
  traits: Partial<Traits>;
  architecture: Architecture;
  primary: boolean;
  peakFte: number;
  seniority: Seniority;
}

/** The neutral project (moderate error cost, internal data) plus one answer; a supporting role defaults to mid. */
const rows: Row[] = [
  // The primary role leads: senior, staff when the stakes (high error cost AND regulated data) or the scale are high.
  { role: "rag_engineer", traits: {}, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { errorCost: "high", dataSensitivity: "regulated" }, architecture: "rag", primary: true, peakFte: 1, seniority: "staff" },
  { role: "rag_engineer", traits: { errorCost: "high" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { errorCost: "high", dataSensitivity: "internal" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { errorCost: "high", dataSensitivity: "public" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { errorCost: "low", dataSensitivity: "regulated" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "rag_engineer", traits: { corpusSize: "massive" }, architecture: "rag", primary: true, peakFte: 1, seniority: "staff" },
  { role: "rag_engineer", traits: { corpusSize: "large" }, architecture: "rag", primary: true, peakFte: 1, seniority: "senior" },
  { role: "deep_learning_engineer", traits: { monthlyQueries: 49_999_999 }, architecture: "fine_tuning", primary: true, peakFte: 1, seniority: "senior" },
  { role: "deep_learning_engineer", traits: { monthlyQueries: 50_000_000 }, architecture: "fine_tuning", primary: true, peakFte: 1, seniority: "staff" },
  { role: "deep_learning_engineer", traits: { monthlyQueries: 50_000_001 }, architecture: "fine_tuning", primary: true, peakFte: 1, seniority: "staff" },
  // A primary role is never junior, even on a small, low-stakes part-time build.
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "prompt_engineering", primary: true, peakFte: 0.5, seniority: "senior" },

  // Evaluation engineer: senior when a wrong answer is costly.
  { role: "evaluation_engineer", traits: { errorCost: "high" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "evaluation_engineer", traits: { errorCost: "moderate" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "evaluation_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },

  // MLOps engineer: senior at ten million requests a month, on regulated data, or retraining a tuned model daily or faster.
  { role: "mlops_engineer", traits: { monthlyQueries: 9_999_999 }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "mlops_engineer", traits: { monthlyQueries: 10_000_000 }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "mlops_engineer", traits: { monthlyQueries: 10_000_001 }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "mlops_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "mlops_engineer", traits: { knowledgeChange: "realtime" }, architecture: "fine_tuning", primary: false, peakFte: 1, seniority: "senior" },
  { role: "mlops_engineer", traits: { knowledgeChange: "daily" }, architecture: "fine_tuning", primary: false, peakFte: 1, seniority: "senior" },
  { role: "mlops_engineer", traits: { knowledgeChange: "weekly" }, architecture: "fine_tuning", primary: false, peakFte: 1, seniority: "mid" },
  { role: "mlops_engineer", traits: { knowledgeChange: "monthly" }, architecture: "fine_tuning", primary: false, peakFte: 1, seniority: "mid" },
  // Retrieval re-indexes instead of retraining: fresh facts alone do not make its MLOps senior.
  { role: "mlops_engineer", traits: { knowledgeChange: "realtime" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "mlops_engineer", traits: { knowledgeChange: "daily" }, architecture: "hybrid", primary: false, peakFte: 1, seniority: "mid" },

  // Data engineer: senior for a massive corpus or real-time ingestion.
  { role: "data_engineer", traits: { corpusSize: "massive" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "data_engineer", traits: { corpusSize: "large" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "data_engineer", traits: { knowledgeChange: "realtime" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "data_engineer", traits: { knowledgeChange: "daily" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },

  // The non-primary half of a hybrid owns a whole pipeline: senior.
  { role: "rag_engineer", traits: {}, architecture: "hybrid", primary: false, peakFte: 1, seniority: "senior" },
  { role: "deep_learning_engineer", traits: {}, architecture: "hybrid", primary: false, peakFte: 1, seniority: "senior" },
  { role: "deep_learning_engineer", traits: {}, architecture: "fine_tuning", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "rag_engineer", traits: {}, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "rag_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "hybrid", primary: false, peakFte: 0.5, seniority: "senior" },

  // Otherwise mid, or junior for a part-time role (0.5 FTE or less) on a low-stakes project (low error cost AND public data).
  { role: "ai_product_engineer", traits: {}, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.25, seniority: "junior" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.49, seniority: "junior" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "junior" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.51, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 1, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "internal" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "moderate", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "high", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "ai_product_engineer", traits: { errorCost: "low", dataSensitivity: "regulated" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "mid" },
  { role: "evaluation_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "junior" },
  { role: "mlops_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "junior" },
  { role: "data_engineer", traits: { errorCost: "low", dataSensitivity: "public" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "junior" },
  { role: "mlops_engineer", traits: { errorCost: "low", dataSensitivity: "public", monthlyQueries: 10_000_000 }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
  { role: "data_engineer", traits: { errorCost: "low", dataSensitivity: "public", corpusSize: "massive" }, architecture: "rag", primary: false, peakFte: 0.5, seniority: "senior" },
];

describe("seniorityFor, condition by condition", () => {
  it.each(rows)("$role (primary: $primary, $peakFte FTE) on $architecture with $traits is $seniority", ({ role, traits, architecture, primary, peakFte, seniority }) => {
    expect(seniorityFor(role, makeTraits(traits), architecture, primary, peakFte)).toBe(seniority);
  });
});

import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role, Seniority } from "@/lib/decision/types";
import { seniorityOrder } from "./types";

export function maxSeniority(a: Seniority, b: Seniority): Seniority {
  return seniorityOrder.indexOf(a) >= seniorityOrder.indexOf(b) ? a : b;
}

/**
 * How experienced the person in a role must be. The primary role leads the build, so it is senior, or staff when
 * the stakes and the scale are both high; supporting roles rise to senior where the answers make their part hard.
 */
export function seniorityFor(role: Role, traits: Traits, architecture: Architecture, isPrimary: boolean, peakFte: number): Seniority {
  const highStakes = traits.errorCost === "high" && traits.dataSensitivity === "regulated";
  if (isPrimary) {
    const hardScale = traits.corpusSize === "massive" || traits.monthlyQueries >= 50_000_000;
    return highStakes || hardScale ? "staff" : "senior";
  }
  switch (role) {
    case "evaluation_engineer":
      if (traits.errorCost === "high") return "senior";
      break;
    case "mlops_engineer":
      if (traits.monthlyQueries >= 10_000_000 || traits.dataSensitivity === "regulated") return "senior";
      if (architecture === "fine_tuning" && (traits.knowledgeChange === "realtime" || traits.knowledgeChange === "daily")) return "senior";
      break;
    case "data_engineer":
      if (traits.corpusSize === "massive" || traits.knowledgeChange === "realtime") return "senior";
      break;
    case "deep_learning_engineer":
    case "rag_engineer":
      // The non-primary half of a hybrid still owns a whole pipeline.
      if (architecture === "hybrid") return "senior";
      break;
    case "ai_product_engineer":
      break;
  }
  const lowStakes = traits.errorCost === "low" && traits.dataSensitivity === "public";
  return lowStakes && peakFte <= 0.5 ? "junior" : "mid";
}

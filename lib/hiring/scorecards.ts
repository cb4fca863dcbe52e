import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";
import { roleCatalog } from "@/lib/staffing/role-catalog";
import { contextCompetencies, coreCompetencies, type Competency } from "./scorecard-competencies";
import { mdEscape } from "./markdown";

export type { Competency };

/** The overall recommendation an interviewer gives, weakest first. */
export const scorecardScale = ["Definitely not", "No", "Yes", "Strong yes"] as const;
export type ScorecardRating = (typeof scorecardScale)[number];

export const minCompetencies = 4;
export const maxCompetencies = 6;

export interface Scorecard {
  role: Role;
  title: string;
  competencies: Competency[];
  scale: readonly ScorecardRating[];
  /** How to turn competency notes into the overall rating. */
  guidance: string;
}

const guidance =
  "Rate each competency from the answers alone, writing down what the candidate said. Give the overall rating last: " +
  "“Strong yes” only when every competency shows strong signals; “Definitely not” when any core competency shows the weak signal.";

/** The interview scorecard for one role: the five core competencies plus at most one the project calls for. */
export function buildScorecard(role: Role, traits: Traits, architecture: Architecture): Scorecard {
  const extra = contextCompetencies.find((entry) => entry.role === role && entry.applies(traits, architecture));
  const competencies = [...coreCompetencies[role], ...(extra ? [extra.competency] : [])].slice(0, maxCompetencies);
  return { role, title: roleCatalog[role].title, competencies, scale: scorecardScale, guidance };
}

export function renderScorecardMarkdown(scorecard: Scorecard): string {
  const lines: string[] = [`# Interview scorecard: ${mdEscape(scorecard.title)}`, "", scorecard.guidance, ""];
  scorecard.competencies.forEach((competency, index) => {
    lines.push(`## ${index + 1}. ${mdEscape(competency.name)}`, "", `*${mdEscape(competency.assesses)}*`, "", "Questions:", "");
    competency.questions.forEach((question, q) => lines.push(`${q + 1}. ${mdEscape(question)}`));
    lines.push(
      "",
      `- **Strong answer shows:** ${mdEscape(competency.strongSignal)}`,
      `- **Weak answer shows:** ${mdEscape(competency.weakSignal)}`,
      "",
      `Rating: ${scorecard.scale.map((rating) => `☐ ${rating}`).join("  ")}`,
      "",
      "Notes:",
      "",
    );
  });
  lines.push("## Overall", "", scorecard.scale.map((rating) => `☐ ${rating}`).join("  "), "");
  return lines.join("\n");
}

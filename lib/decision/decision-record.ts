import { answerLabel, architectureLabels, architectureBlurbs, questionsByKey, roleLabels } from "./trait-catalog";
import { traitKeys, type TraitKey, type Traits } from "./traits";
import { architectures, type Architecture, type Effects, type Flip, type Recommendation } from "./types";

/**
 * A Markdown architecture decision record (MADR style) for one assessment. Pure: the same traits and
 * recommendation always give the same text; the date and the share link come in as options.
 */
export interface DecisionRecordOptions {
  /** Absolute link that reproduces the result, e.g. "https://…/results?need=…". */
  shareUrl?: string;
  /** ISO date (YYYY-MM-DD) to stamp the record with. */
  date?: string;
  /** MADR status; "proposed" by default, since a person still has to accept it. */
  status?: "proposed" | "accepted";
}

const sign = (value: number) => (value > 0 ? `+${formatNumber(value)}` : value < 0 ? `−${formatNumber(-value)}` : "±0");

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, "");
}

/** Keeps a value on one line and safe inside a Markdown table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}

/** Keeps a value on one line and stops it opening a heading, list or link by accident. */
function inline(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([\\`*_[\]<>])/g, "\\$1");
}

export function traitLabel(key: TraitKey): string {
  return questionsByKey[key].short;
}

export function effectsText(effects: Effects): string {
  return architectures
    .filter((architecture) => effects[architecture] !== undefined && effects[architecture] !== 0)
    .map((architecture) => `${architectureLabels[architecture]} ${sign(effects[architecture] ?? 0)}`)
    .join(", ");
}

/**
 * A flip in plain words: "If latency budget were “Under 300 ms” → Fine-tuning", or for skills
 * "If the team also had Model training → Fine-tuning" (pass the current traits to get the skills wording).
 */
export function flipText(flip: Flip, current?: Traits): string {
  return `${flipCondition(flip, current)} → ${architectureLabels[flip.architecture]}`;
}

export function flipCondition(flip: Flip, current?: Traits): string {
  if (flip.trait === "teamSkills" && current !== undefined && Array.isArray(flip.to)) {
    const to = flip.to as readonly string[];
    const skillLabel = (skill: string) =>
      questionsByKey.teamSkills.options[skill as Traits["teamSkills"][number]]?.label ?? skill;
    const added = to.filter((skill) => !current.teamSkills.includes(skill as Traits["teamSkills"][number]));
    const removed = current.teamSkills.filter((skill) => !to.includes(skill));
    const parts = [
      ...(added.length > 0 ? [`also had ${added.map(skillLabel).join(", ")}`] : []),
      ...(removed.length > 0 ? [`lacked ${removed.map(skillLabel).join(", ")}`] : []),
    ];
    if (parts.length > 0) return `If the team ${parts.join(" and ")}`;
  }
  return `If ${traitLabel(flip.trait).toLowerCase()} were “${answerLabel(flip.trait, flip.to)}”`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const fte = (value: number) => `${formatNumber(value)} FTE`;

function ranked(scores: Recommendation["scores"]): Architecture[] {
  return [...architectures].sort((a, b) => scores[b] - scores[a] || architectures.indexOf(a) - architectures.indexOf(b));
}

export function decisionRecordTitle(traits: Traits, result: Recommendation): string {
  return `Use ${architectureLabels[result.recommendation.architecture]} for “${answerLabel("taskType", traits.taskType)}”`;
}

export function decisionRecordFilename(result: Recommendation): string {
  return `decision-record-${result.recommendation.architecture.replace(/_/g, "-")}.md`;
}

export function renderDecisionRecord(traits: Traits, result: Recommendation, options: DecisionRecordOptions = {}): string {
  const { architecture, confidence, runnerUp, summary } = result.recommendation;
  const chosen = architectureLabels[architecture];
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# ${inline(decisionRecordTitle(traits, result))}`, "");
  push(`- Status: ${options.status ?? "proposed"}`);
  if (options.date !== undefined) push(`- Date: ${options.date}`);
  push(`- Deciders: _fill in_`);
  push(`- Decision engine: recommend-v1, engine ${result.engineVersion}`);
  if (options.shareUrl !== undefined) push(`- Shareable result: <${options.shareUrl}>`);
  push("");

  push("## Context and problem statement", "");
  push(
    `We are adding a language model to a product whose main job is “${answerLabel("taskType", traits.taskType)}”. ` +
      `The model must gain ${needPhrase(traits.need)}. Should we rely on a well-built prompt, retrieve our sources at answer ` +
      `time (RAG), fine-tune a model, or combine fine-tuning with retrieval?`,
    "",
  );

  push("## Decision drivers", "");
  for (const key of traitKeys) {
    push(`- ${traitLabel(key)}: ${inline(answerLabel(key, traits[key]))}`);
  }
  push("");

  push("## Considered options", "");
  push("| Option | Score (0–100) | In short |", "|---|---:|---|");
  for (const option of ranked(result.scores)) {
    const name = option === architecture ? `**${architectureLabels[option]}** (chosen)` : architectureLabels[option];
    push(`| ${escapeCell(name)} | ${formatNumber(result.scores[option])} | ${escapeCell(architectureBlurbs[option])} |`);
  }
  push("");

  push("## Decision outcome", "");
  push(`Chosen option: “${chosen}”. ${inline(summary)}`, "");
  push(`- Confidence: ${percent(confidence)}`);
  push(`- Runner-up: ${architectureLabels[runnerUp]} (score ${formatNumber(result.scores[runnerUp])})`);
  push("");

  const reasons = result.factors.filter((factor) => (factor.effects[architecture] ?? 0) > 0 || factor.gate === true);
  const against = result.factors.filter((factor) => (factor.effects[architecture] ?? 0) < 0);
  push("### Consequences", "");
  if (reasons.length === 0 && against.length === 0 && result.roleProfile.warnings.length === 0) {
    push("- No single answer moved the scores much; revisit once the team has measured a first prompt.");
  }
  for (const factor of reasons) {
    push(`- Good, because ${traitLabel(factor.trait).toLowerCase()} is “${inline(answerLabel(factor.trait, factor.answer))}”: ${inline(factor.rationale)}`);
  }
  for (const factor of against) {
    push(`- Bad, because ${traitLabel(factor.trait).toLowerCase()} is “${inline(answerLabel(factor.trait, factor.answer))}”: ${inline(factor.rationale)}`);
  }
  for (const warning of result.roleProfile.warnings) {
    push(`- Watch out — ${inline(warning.title || warning.code)}: ${inline(warning.message)}`);
  }
  push("");

  push("### Why: every answer that moved a score", "");
  if (result.factors.length === 0) push("No answer moved a score.");
  else {
    push("| Answer | Effect on scores | Rationale |", "|---|---|---|");
    for (const factor of result.factors) {
      const answer = `${traitLabel(factor.trait)}: ${answerLabel(factor.trait, factor.answer)}${factor.gate === true ? " (gate)" : ""}`;
      push(`| ${escapeCell(answer)} | ${escapeCell(effectsText(factor.effects) || "—")} | ${escapeCell(factor.rationale)} |`);
    }
  }
  push("");

  push("## What would change this decision", "");
  if (result.flips.length === 0) push("No single different answer would change the recommendation.");
  for (const flip of result.flips) push(`- ${inline(flipText(flip, traits))}`);
  push("");

  push("## Roles", "");
  push(`Primary role: ${roleLabels[result.roleProfile.primaryRole]}.`, "");
  if (result.roleProfile.roles.length > 0) {
    push("| Role | FTE | Seniority | Skills | Tools | Why |", "|---|---:|---|---|---|---|");
    for (const role of result.roleProfile.roles) {
      push(
        `| ${escapeCell(roleLabels[role.role])} | ${formatNumber(role.fte)} | ${role.seniority} | ${escapeCell(role.skills.join(", "))} | ${escapeCell(
          role.tools.join(", "),
        )} | ${escapeCell(role.why)} |`,
      );
    }
    const total = result.roleProfile.roles.reduce((sum, role) => sum + role.fte, 0);
    push("", `Total: ${fte(total)}.`);
  }
  push("");

  return lines.join("\n");
}

function needPhrase(need: Traits["need"]): string {
  switch (need) {
    case "knowledge":
      return "new knowledge (facts from our own sources)";
    case "behavior":
      return "new behaviour (a format, tone or style it does not follow today)";
    case "both":
      return "both new knowledge and new behaviour";
  }
}

import { answerLabel, architectureLabels, architectureBlurbs, engineeringStrengthQuestion, questionsByKey, roleLabels, teamSizeQuestion } from "./trait-catalog";
import { showsAsSkipped } from "./skipped";
import { confidenceLevelLabels } from "./robustness";
import { traitKeys, type TraitKey, type Traits } from "./traits";
import { architectures, type Architecture, type Effects, type Factor, type Flip, type Recommendation } from "./types";
import { sourcingModeLabels, workloadLabel } from "@/lib/staffing/labels";

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
    const to: Traits["teamSkills"] = flip.to;
    const skillLabel = (skill: Traits["teamSkills"][number]) => questionsByKey.teamSkills.options[skill].label;
    const added = to.filter((skill) => !current.teamSkills.includes(skill));
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
/** FTE to two decimals at most: a quarter of a person is 0.25, never 0.3. */
const fteNumber = (value: number) => String(Number(value.toFixed(2)));
const fte = (value: number) => `${fteNumber(value)} FTE`;

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
  const sections = [
    headerSection(traits, result, options),
    contextSection(traits),
    driversSection(traits),
    optionsSection(result),
    outcomeSection(result),
    consequencesSection(result),
    factorsSection(result),
    flipsSection(traits, result),
    rolesSection(result),
  ];
  return sections.flatMap((lines) => [...lines, ""]).join("\n");
}

function headerSection(traits: Traits, result: Recommendation, options: DecisionRecordOptions): string[] {
  return [
    `# ${inline(decisionRecordTitle(traits, result))}`,
    "",
    `- Status: ${options.status ?? "proposed"}`,
    ...(options.date !== undefined ? [`- Date: ${options.date}`] : []),
    `- Deciders: _fill in_`,
    `- Decision engine: recommend-v1, engine ${result.engineVersion}`,
    ...(options.shareUrl !== undefined ? [`- Shareable result: <${options.shareUrl}>`] : []),
  ];
}

/** The problem in two sentences and the question the record answers (also the MADR export's context). */
export function problemStatement(traits: Traits): string {
  return (
    `We are adding a language model to a product whose main job is “${answerLabel("taskType", traits.taskType)}”. ` +
    `The model must gain ${needPhrase(traits.need)}. Should we rely on a well-built prompt, retrieve our sources at answer ` +
    `time (RAG), fine-tune a model, or combine fine-tuning with retrieval?`
  );
}

function contextSection(traits: Traits): string[] {
  return ["## Context and problem statement", "", problemStatement(traits)];
}

function driversSection(traits: Traits): string[] {
  const documents =
    traits.corpusDocuments === undefined
      ? []
      : [`- Documents: about ${traits.corpusDocuments.toLocaleString("en-US")}${traits.documentPages === undefined ? "" : `, ${traits.documentPages} pages each on average`}`];
  const team = [
    ...(traits.teamSize === undefined ? [] : [`- ${teamSizeQuestion.short}: ${traits.teamSize}`]),
    ...(traits.engineeringStrength === undefined ? [] : [`- ${engineeringStrengthQuestion.short}: ${engineeringStrengthQuestion.options[traits.engineeringStrength].label}`]),
  ];
  const driver = (key: TraitKey) => {
    const answer = inline(answerLabel(key, traits[key]));
    return `- ${traitLabel(key)}: ${showsAsSkipped(key, traits) ? `not asked, assumed ${answer} (the need is behaviour only)` : answer}`;
  };
  return ["## Decision drivers", "", ...traitKeys.map(driver), ...documents, ...team];
}

function optionsSection(result: Recommendation): string[] {
  const chosen = result.recommendation.architecture;
  return [
    "## Considered options",
    "",
    "| Option | Score (0–100) | In short |",
    "|---|---:|---|",
    ...ranked(result.scores).map((option) => {
      const name = option === chosen ? `**${architectureLabels[option]}** (chosen)` : architectureLabels[option];
      return `| ${escapeCell(name)} | ${formatNumber(result.scores[option])} | ${escapeCell(architectureBlurbs[option])} |`;
    }),
  ];
}

function outcomeSection(result: Recommendation): string[] {
  const { architecture, confidence, runnerUp, summary } = result.recommendation;
  return [
    "## Decision outcome",
    "",
    `Chosen option: “${architectureLabels[architecture]}”. ${inline(summary)}`,
    "",
    `- Confidence: ${percent(confidence)}${result.confidenceBasis ? ` (${confidenceLevelLabels[result.confidenceBasis.level].toLowerCase()})` : ""}`,
    ...(result.unsure && result.unsure.length > 0
      ? [`- Not sure: ${result.unsure.map((u) => `${traitLabel(u.trait).toLowerCase()}${u.changesPick ? " (could change the pick)" : ""}`).join(", ")}`]
      : []),
    `- Runner-up: ${architectureLabels[runnerUp]} (score ${formatNumber(result.scores[runnerUp])})`,
  ];
}

/** "- Good, because latency budget is “Under 300 ms”: …", one line per factor (the MADR pros-and-cons wording). */
export function becauseLine(verdict: "Good" | "Bad", factor: Factor): string {
  return `- ${verdict}, because ${traitLabel(factor.trait).toLowerCase()} is “${inline(answerLabel(factor.trait, factor.answer))}”: ${inline(factor.rationale)}`;
}

/** The chosen option's consequences: the answers for and against it, and the hiring mistakes to watch. */
export function consequencesSection(result: Recommendation): string[] {
  const architecture = result.recommendation.architecture;
  const reasons = result.factors.filter((factor) => (factor.effects[architecture] ?? 0) > 0 || factor.gate === true);
  const against = result.factors.filter((factor) => (factor.effects[architecture] ?? 0) < 0);
  const warnings = result.roleProfile.warnings;
  return [
    "### Consequences",
    "",
    ...(reasons.length === 0 && against.length === 0 && warnings.length === 0
      ? ["- No single answer moved the scores much; revisit once the team has measured a first prompt."]
      : []),
    ...reasons.map((factor) => becauseLine("Good", factor)),
    ...against.map((factor) => becauseLine("Bad", factor)),
    ...warnings.map((warning) => `- Watch out — ${inline(warning.title || warning.code)}: ${inline(warning.message)}`),
  ];
}

function factorsSection(result: Recommendation): string[] {
  const heading = ["### Why: every answer that moved a score", ""];
  if (result.factors.length === 0) return [...heading, "No answer moved a score."];
  return [
    ...heading,
    "| Answer | Effect on scores | Rationale |",
    "|---|---|---|",
    ...result.factors.map((factor) => {
      const answer = `${traitLabel(factor.trait)}: ${answerLabel(factor.trait, factor.answer)}${factor.gate === true ? " (gate)" : ""}`;
      return `| ${escapeCell(answer)} | ${escapeCell(effectsText(factor.effects) || "—")} | ${escapeCell(factor.rationale)} |`;
    }),
  ];
}

function flipsSection(traits: Traits, result: Recommendation): string[] {
  return [
    "## What would change this decision",
    "",
    ...(result.flips.length === 0 ? ["No single different answer would change the recommendation."] : []),
    ...result.flips.map((flip) => `- ${inline(flipText(flip, traits))}`),
  ];
}

function rolesSection(result: Recommendation): string[] {
  const { primaryRole, roles } = result.roleProfile;
  const lines = ["## Roles", "", `Primary role: ${roleLabels[primaryRole]}.`];
  if (roles.length === 0) return lines;
  const total = roles.reduce((sum, role) => sum + role.fte, 0);
  return [
    ...lines,
    "",
    "| Role | How | Peak FTE | Seniority | Skills | Tools | Why |",
    "|---|---|---:|---|---|---|---|",
    ...roles.map(
      (role) =>
        `| ${escapeCell(roleLabels[role.role])} | ${sourcingModeLabels[role.sourcing]} | ${fteNumber(role.fte)} (${workloadLabel(role.fte)}) | ${role.seniority} | ${escapeCell(
          role.skills.join(", "),
        )} | ${escapeCell(role.tools.join(", "))} | ${escapeCell(role.why)} |`,
    ),
    "",
    `Total: ${fte(total)}, if every role's peak fell in the same phase.`,
  ];
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

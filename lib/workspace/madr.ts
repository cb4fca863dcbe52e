// A MADR 4.0 decision record of a reviewed assessment: YAML front matter filled from the review (status, date,
// decision-makers, consulted, informed) and the MADR sections, with the approvals, the comments that mattered, the
// calibration and the revision history. Pure. Every piece of user text is escaped: a name or a comment cannot add
// front matter, a heading, a link or HTML.
import { becauseLine, consequencesSection, flipText, problemStatement, traitLabel } from "@/lib/decision/decision-record";
import { answerLabel, architectureBlurbs, architectureLabels } from "@/lib/decision/trait-catalog";
import { isTraitKey } from "@/lib/decision/trait-keys";
import type { Traits } from "@/lib/decision/traits";
import { architectures, type Architecture, type Factor, type Recommendation } from "@/lib/decision/types";
import { statusLabels, verdictLabels, type Status, type Verdict } from "./review-workflow";

export interface MadrVote {
  userId: string;
  userName: string;
  verdict: Verdict;
  note: string;
  revisionNumber: number;
  updatedAt: Date;
}

export interface MadrComment {
  authorId: string | null;
  authorName: string;
  /** The answer it is about, or null for the assessment as a whole. */
  traitKey: string | null;
  parentId: string | null;
  body: string;
  createdAt: Date;
  deletedAt: Date | null;
}

export interface MadrRevision {
  number: number;
  architecture: Architecture;
  engineVersion: string;
  authorName: string;
  createdAt: Date;
}

export interface MadrInput {
  title: string;
  status: Status;
  /** The assessment that replaced this one, when superseded. */
  supersededBy: { title: string; href: string } | null;
  /** When the status last changed (the creation date while it never has). */
  statusDate: Date;
  requiredApprovals: number;
  /** The revision the record describes: the current one. */
  current: { number: number; answers: Traits; result: Recommendation; authorName: string; createdAt: Date };
  revisions: readonly MadrRevision[];
  /** Who moved it to accepted, when it is accepted. */
  acceptedBy: { userId: string | null; name: string } | null;
  /** The team's members, in the order to list them. */
  members: readonly { userId: string; name: string }[];
  votes: readonly MadrVote[];
  comments: readonly MadrComment[];
  /** The latest settled calibration round, if any. */
  calibration: { settledAt: Date; participants: readonly string[]; disputedTraits: readonly string[]; settledRevision: number | null } | null;
  /** An absolute link to the assessment in the app. */
  link?: string;
}

/** The most comments the record quotes. */
export const maxQuotedComments = 10;
const maxQuoteLength = 600;

// ── Escaping ────────────────────────────────────────────────────────────────────────────────────

const lineBreaks = /\r\n|[\n\r\u0085\u2028\u2029]/g;
// Other control characters (C0 without tab, DEL, C1): never useful in a record, dropped.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * User text as one line of inert Markdown: line breaks become spaces (nothing can start a heading, a list or a
 * front-matter fence) and every character that opens inline Markdown or HTML is backslash-escaped.
 */
export function markdownText(text: string): string {
  return text
    .replace(lineBreaks, " ")
    .replace(controls, "")
    .replace(/\t/g, " ")
    .replace(/([\\`*_{}[\]()<>#!|~&])/g, "\\$1")
    .trim();
}

/** A YAML double-quoted scalar: quotes, backslashes, line breaks and control characters escaped. */
export function yamlString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    switch (char) {
      case "\\":
        return "\\\\";
      case '"':
        return '\\"';
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
  return `"${escaped}"`;
}

function yamlList(key: string, values: readonly string[]): string[] {
  return values.length === 0 ? [`${key}: []`] : [`${key}:`, ...values.map((value) => `  - ${yamlString(value)}`)];
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const percent = (value: number) => `${Math.round(value * 100)}%`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// ── Who decided, who was consulted, who was informed ────────────────────────────────────────────

export interface ReviewPeople {
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
}

/**
 * Decision-makers: the members who approved the current revision, and the one who accepted it. Consulted: the other
 * people who voted or commented (share-link visitors marked as guests). Informed: every other member.
 */
export function reviewPeople(input: Pick<MadrInput, "current" | "acceptedBy" | "members" | "votes" | "comments">): ReviewPeople {
  const seen = new Set<string>();
  const take = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  const decisionMakers: string[] = [];
  for (const vote of input.votes) {
    if (vote.verdict === "approve" && vote.revisionNumber === input.current.number && take(`user:${vote.userId}`)) decisionMakers.push(vote.userName);
  }
  const acceptor = input.acceptedBy;
  if (acceptor && take(acceptor.userId === null ? `name:${acceptor.name}` : `user:${acceptor.userId}`)) decisionMakers.push(acceptor.name);

  const involved = new Set<string>([...input.votes.map((vote) => vote.userId), ...input.comments.flatMap((comment) => (comment.authorId === null ? [] : [comment.authorId]))]);
  const consulted: string[] = [];
  const informed: string[] = [];
  for (const member of input.members) {
    if (!take(`user:${member.userId}`)) continue;
    (involved.has(member.userId) ? consulted : informed).push(member.name);
  }
  // Former members who voted or commented, and share-link guests, were consulted too.
  for (const vote of input.votes) if (take(`user:${vote.userId}`)) consulted.push(vote.userName);
  for (const comment of input.comments) {
    if (comment.authorId !== null) {
      if (take(`user:${comment.authorId}`)) consulted.push(comment.authorName);
    } else if (take(`guest:${comment.authorName}`)) consulted.push(`${comment.authorName} (guest)`);
  }
  return { decisionMakers, consulted, informed };
}

/** The MADR status: the review's status; a superseded record names its successor as a Markdown link. */
export function madrStatus(input: Pick<MadrInput, "status" | "supersededBy">): string {
  if (input.status === "superseded" && input.supersededBy) {
    const title = input.supersededBy.title.replace(lineBreaks, " ").replace(/([\\[\]])/g, "\\$1");
    const href = input.supersededBy.href.replace(/[\s()<>]/g, encodeURIComponent);
    return `superseded by [${title}](${href})`;
  }
  return input.status;
}

export function madrFrontMatter(input: MadrInput): string[] {
  const people = reviewPeople(input);
  return [
    "---",
    `status: ${yamlString(madrStatus(input))}`,
    `date: ${yamlString(isoDate(input.statusDate))}`,
    ...yamlList("decision-makers", people.decisionMakers),
    ...yamlList("consulted", people.consulted),
    ...yamlList("informed", people.informed),
    "---",
  ];
}

// ── Sections ─────────────────────────────────────────────────────────────────────────────────────

function ranked(result: Recommendation): Architecture[] {
  return [...architectures].sort((a, b) => result.scores[b] - result.scores[a] || architectures.indexOf(a) - architectures.indexOf(b));
}

function contextSection(input: MadrInput): string[] {
  const { current } = input;
  return [
    "## Context and Problem Statement",
    "",
    problemStatement(current.answers),
    "",
    `This record describes revision ${current.number}, saved by ${markdownText(current.authorName)} on ${isoDate(current.createdAt)} and scored by engine ${current.result.engineVersion}.` +
      (input.link ? ` The assessment: <${input.link}>.` : ""),
  ];
}

/** The answers that weighed most: the factors with the largest effect, one line per answer. */
export function driversSection(result: Recommendation, limit = 6): string[] {
  const traits = new Set<Factor["trait"]>();
  const lines: string[] = [];
  for (const factor of result.factors) {
    if (traits.has(factor.trait) || traits.size >= limit) continue;
    traits.add(factor.trait);
    lines.push(`- ${traitLabel(factor.trait)}: ${markdownText(answerLabel(factor.trait, factor.answer))} — ${markdownText(factor.rationale)}`);
  }
  return ["## Decision Drivers", "", ...(lines.length > 0 ? lines : ["- No single answer moved the scores much."])];
}

function optionsSection(result: Recommendation): string[] {
  return ["## Considered Options", "", ...ranked(result).map((option) => `- ${architectureLabels[option]} (score ${result.scores[option]} of 100)`)];
}

function outcomeLine(input: MadrInput): string {
  const { architecture, summary } = input.current.result.recommendation;
  const chosen = `“${architectureLabels[architecture]}”`;
  switch (input.status) {
    case "accepted":
    case "superseded":
      return `Chosen option: ${chosen}, because ${markdownText(summary)}`;
    case "rejected":
      return `Recommended option: ${chosen}; the team rejected it. The engine's reasoning: ${markdownText(summary)}`;
    default:
      return `Recommended option: ${chosen}, not accepted yet (status: ${statusLabels[input.status].toLowerCase()}). ${markdownText(summary)}`;
  }
}

function outcomeSection(input: MadrInput): string[] {
  const { confidence, runnerUp } = input.current.result.recommendation;
  return [
    "## Decision Outcome",
    "",
    outcomeLine(input),
    "",
    `Confidence ${percent(confidence)}; runner-up ${architectureLabels[runnerUp]} (score ${input.current.result.scores[runnerUp]}).`,
    "",
    ...consequencesSection(input.current.result),
    "",
    ...confirmationSection(input),
  ];
}

function confirmationSection(input: MadrInput): string[] {
  const approvals = input.votes.filter((vote) => vote.verdict === "approve" && vote.revisionNumber === input.current.number).length;
  const accepted = input.acceptedBy ? ` Accepted by ${markdownText(input.acceptedBy.name)} on ${isoDate(input.statusDate)}.` : "";
  const flips = input.current.result.flips.map((flip) => `- ${markdownText(flipText(flip, input.current.answers))}`);
  return [
    "### Confirmation",
    "",
    `${approvals} of ${input.requiredApprovals} required ${input.requiredApprovals === 1 ? "approval" : "approvals"} on revision ${input.current.number}.${accepted}`,
    "",
    ...(flips.length > 0 ? ["Revisit the decision if one of these answers changes:", "", ...flips] : ["No single different answer would change the recommendation."]),
  ];
}

function prosAndConsSection(result: Recommendation): string[] {
  const lines = ["## Pros and Cons of the Options"];
  for (const option of ranked(result)) {
    const good = result.factors.filter((factor) => (factor.effects[option] ?? 0) > 0);
    const bad = result.factors.filter((factor) => (factor.effects[option] ?? 0) < 0);
    lines.push(
      "",
      `### ${architectureLabels[option]}`,
      "",
      architectureBlurbs[option],
      "",
      ...good.map((factor) => becauseLine("Good", factor)),
      ...bad.map((factor) => becauseLine("Bad", factor)),
      ...(good.length + bad.length === 0 ? ["- Neutral, because no answer moved this option's score."] : []),
    );
  }
  return lines;
}

function approvalsSection(input: MadrInput): string[] {
  const heading = ["### Approvals", ""];
  if (input.votes.length === 0) return [...heading, "No one has voted."];
  return [
    ...heading,
    ...input.votes.map((vote) => {
      const stale = vote.revisionNumber === input.current.number ? "" : ` (on revision ${vote.revisionNumber}, no longer counted)`;
      const note = vote.note.trim() ? `: ${markdownText(clip(vote.note, maxQuoteLength))}` : "";
      return `- ${markdownText(vote.userName)} — ${verdictLabels[vote.verdict]}${stale}, ${isoDate(vote.updatedAt)}${note}`;
    }),
  ];
}

/** The comments that mattered: top-level ones and those on an answer, newest first, deleted ones left out. */
export function commentsThatMattered(comments: readonly MadrComment[]): MadrComment[] {
  return comments
    .filter((comment) => comment.deletedAt === null && (comment.parentId === null || comment.traitKey !== null))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, maxQuotedComments);
}

function commentsSection(input: MadrInput): string[] {
  const quoted = commentsThatMattered(input.comments);
  const heading = ["### Comments", ""];
  if (quoted.length === 0) return [...heading, "No comments."];
  return [
    ...heading,
    ...quoted.map((comment) => {
      const about = comment.traitKey !== null && isTraitKey(comment.traitKey) ? `on “${traitLabel(comment.traitKey)}”` : "on the assessment";
      const who = `${markdownText(comment.authorName)}${comment.authorId === null ? " (guest)" : ""}`;
      return `- ${who} ${about}, ${isoDate(comment.createdAt)}: ${markdownText(clip(comment.body, maxQuoteLength))}`;
    }),
  ];
}

function calibrationSection(input: MadrInput): string[] {
  const round = input.calibration;
  if (!round) return [];
  const disputed = round.disputedTraits.map((key) => (isTraitKey(key) ? traitLabel(key) : markdownText(key)));
  return [
    "",
    "### Calibration",
    "",
    `${round.participants.length} ${round.participants.length === 1 ? "member" : "members"} answered independently (${round.participants.map(markdownText).join(", ") || "no one"}); settled on ${isoDate(round.settledAt)}` +
      `${round.settledRevision === null ? "" : ` as revision ${round.settledRevision}`}. ` +
      (disputed.length > 0 ? `Disputed and settled: ${disputed.join(", ")}.` : "They agreed on every answer."),
  ];
}

function historySection(input: MadrInput): string[] {
  return [
    "### Revision history",
    "",
    ...[...input.revisions]
      .sort((a, b) => b.number - a.number)
      .map((revision) => `- Revision ${revision.number}, ${isoDate(revision.createdAt)}, by ${markdownText(revision.authorName)}: ${architectureLabels[revision.architecture]} (engine ${markdownText(revision.engineVersion)})`),
  ];
}

/** The whole record, front matter first. */
export function renderMadr(input: MadrInput): string {
  const sections = [
    madrFrontMatter(input),
    [`# ${markdownText(input.title)}`],
    contextSection(input),
    driversSection(input.current.result),
    optionsSection(input.current.result),
    outcomeSection(input),
    prosAndConsSection(input.current.result),
    ["## More Information", "", ...approvalsSection(input), "", ...commentsSection(input), ...calibrationSection(input), "", ...historySection(input)],
  ];
  return sections.flatMap((lines) => [...lines, ""]).join("\n");
}

/** A file name from the title: lower-case words joined by dashes, ASCII only. */
export function madrFilename(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "decision"}.md`;
}

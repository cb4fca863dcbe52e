import type { KnowledgeChange, Traits } from "./traits";
import type { Architecture } from "./types";

/**
 * The whiteboard flowchart of “RAG vs Fine-Tuning – How to Actually Decide”, and the path one
 * project takes through it. Pure: the same traits always light up the same boxes.
 *
 *                 Knowledge or behaviour?
 *        knowledge /                 \ behaviour
 *      Changes often?          Labelled examples?
 *      yes /     \ no             no /      \ yes
 *       RAG       Prompt first (shared)      Fine-tune
 *          \                               /
 *             Still struggling? ── yes ──> Fine-tune + RAG
 *
 * The article leaves the two "no" answers open; it closes with "most teams that think they need fine-tuning
 * actually need a better prompt and a cleaner retrieval layer first", so both lead to "Prompt first".
 * A project that needs both knowledge and behaviour walks both branches; when they end at RAG and at
 * fine-tuning, it is the "still struggling" case and lands on the combination.
 */

export const flowNodeIds = [
  "problem",
  "changesOften",
  "hasExamples",
  "rag",
  "promptFirst",
  "fineTune",
  "stillStruggling",
  "hybrid",
] as const;
export type FlowNodeId = (typeof flowNodeIds)[number];

export const flowEdgeIds = [
  "problem-knowledge",
  "problem-behavior",
  "changesOften-yes",
  "changesOften-no",
  "hasExamples-yes",
  "hasExamples-no",
  "rag-struggling",
  "fineTune-struggling",
  "struggling-yes",
] as const;
export type FlowEdgeId = (typeof flowEdgeIds)[number];

export interface FlowNode {
  id: FlowNodeId;
  kind: "question" | "outcome";
  label: string;
  /** The article's note under an outcome, e.g. "cite sources, ship fast". */
  note?: string;
  /** Architecture an outcome box stands for. */
  architecture?: Architecture;
}

export interface FlowEdge {
  id: FlowEdgeId;
  from: FlowNodeId;
  to: FlowNodeId;
  label: string;
}

export const flowNodes: Record<FlowNodeId, FlowNode> = {
  problem: { id: "problem", kind: "question", label: "Knowledge or behaviour?" },
  changesOften: { id: "changesOften", kind: "question", label: "Does it change often?" },
  hasExamples: { id: "hasExamples", kind: "question", label: "Have labelled examples?" },
  rag: { id: "rag", kind: "outcome", label: "RAG", note: "cite sources, ship fast", architecture: "rag" },
  promptFirst: {
    id: "promptFirst",
    kind: "outcome",
    label: "Prompt first",
    note: "a better prompt before anything heavier",
    architecture: "prompt_engineering",
  },
  fineTune: {
    id: "fineTune",
    kind: "outcome",
    label: "Fine-tune",
    note: "consistent tone and shape",
    architecture: "fine_tuning",
  },
  stillStruggling: { id: "stillStruggling", kind: "question", label: "Still struggling?" },
  hybrid: { id: "hybrid", kind: "outcome", label: "Fine-tune + RAG", note: "a tuned model that retrieves", architecture: "hybrid" },
};

export const flowEdges: Record<FlowEdgeId, FlowEdge> = {
  "problem-knowledge": { id: "problem-knowledge", from: "problem", to: "changesOften", label: "knowledge" },
  "problem-behavior": { id: "problem-behavior", from: "problem", to: "hasExamples", label: "behaviour" },
  "changesOften-yes": { id: "changesOften-yes", from: "changesOften", to: "rag", label: "yes" },
  "changesOften-no": { id: "changesOften-no", from: "changesOften", to: "promptFirst", label: "no" },
  "hasExamples-yes": { id: "hasExamples-yes", from: "hasExamples", to: "fineTune", label: "yes" },
  "hasExamples-no": { id: "hasExamples-no", from: "hasExamples", to: "promptFirst", label: "no" },
  "rag-struggling": { id: "rag-struggling", from: "rag", to: "stillStruggling", label: "" },
  "fineTune-struggling": { id: "fineTune-struggling", from: "fineTune", to: "stillStruggling", label: "" },
  "struggling-yes": { id: "struggling-yes", from: "stillStruggling", to: "hybrid", label: "yes" },
};

/** Faster than yearly counts as "often": a model retrained on facts would be stale within the year. */
const oftenChanging: readonly KnowledgeChange[] = ["realtime", "daily", "weekly", "monthly"];
/** Enough curated examples to train on; fewer than 100 serve as prompt examples and a test set. */
const trainableExamples: readonly Traits["labeledExamples"][] = ["hundreds", "thousands", "tens_of_thousands"];

export function changesOften(traits: Pick<Traits, "knowledgeChange">): boolean {
  return oftenChanging.includes(traits.knowledgeChange);
}

export function hasTrainableExamples(traits: Pick<Traits, "labeledExamples">): boolean {
  return trainableExamples.includes(traits.labeledExamples);
}

/** One decision taken on the way, in order, with the trait that answered it. */
export interface FlowStep {
  node: FlowNodeId;
  /** The edge leaving the node, or undefined at the final outcome. */
  edge?: FlowEdgeId;
  /** The trait whose answer chose the edge (absent for outcomes and the join). */
  trait?: "need" | "knowledgeChange" | "labeledExamples";
}

export interface FlowPath {
  /** Every node on the path, in drawing order, no repeats. */
  nodes: FlowNodeId[];
  /** Every edge taken, no repeats. */
  edges: FlowEdgeId[];
  /** The walk as an ordered list of branches (a "both" project walks the knowledge branch first). */
  steps: FlowStep[];
  /** Where the whiteboard rule of thumb lands. */
  outcome: Architecture;
  outcomeNode: FlowNodeId;
}

type BranchEnd = "rag" | "promptFirst" | "fineTune";

function knowledgeBranch(traits: Pick<Traits, "knowledgeChange">): { end: BranchEnd; steps: FlowStep[] } {
  const often = changesOften(traits);
  return {
    end: often ? "rag" : "promptFirst",
    steps: [{ node: "changesOften", edge: often ? "changesOften-yes" : "changesOften-no", trait: "knowledgeChange" }],
  };
}

function behaviourBranch(traits: Pick<Traits, "labeledExamples">): { end: BranchEnd; steps: FlowStep[] } {
  const examples = hasTrainableExamples(traits);
  return {
    end: examples ? "fineTune" : "promptFirst",
    steps: [{ node: "hasExamples", edge: examples ? "hasExamples-yes" : "hasExamples-no", trait: "labeledExamples" }],
  };
}

/** The path a project takes through the article's flowchart. */
export function flowchartPath(traits: Pick<Traits, "need" | "knowledgeChange" | "labeledExamples">): FlowPath {
  const steps: FlowStep[] = [];
  let outcomeNode: FlowNodeId;

  if (traits.need === "knowledge" || traits.need === "behavior") {
    const knowledge = traits.need === "knowledge";
    steps.push({ node: "problem", edge: knowledge ? "problem-knowledge" : "problem-behavior", trait: "need" });
    const branch = knowledge ? knowledgeBranch(traits) : behaviourBranch(traits);
    steps.push(...branch.steps);
    outcomeNode = branch.end;
    steps.push({ node: outcomeNode });
  } else {
    // Both: the knowledge question and the behaviour question each get their answer.
    const k = knowledgeBranch(traits);
    const b = behaviourBranch(traits);
    steps.push({ node: "problem", edge: "problem-knowledge", trait: "need" });
    steps.push(...k.steps);
    steps.push({ node: "problem", edge: "problem-behavior", trait: "need" });
    steps.push(...b.steps);
    if (k.end === "rag" && b.end === "fineTune") {
      steps.push({ node: "rag", edge: "rag-struggling" });
      steps.push({ node: "fineTune", edge: "fineTune-struggling" });
      steps.push({ node: "stillStruggling", edge: "struggling-yes" });
      outcomeNode = "hybrid";
    } else if (k.end === "rag" || b.end === "fineTune") {
      // One side needs the heavier tool; the other side is served by a better prompt.
      outcomeNode = k.end === "rag" ? "rag" : "fineTune";
    } else {
      outcomeNode = "promptFirst";
    }
    steps.push({ node: outcomeNode });
  }

  const nodes: FlowNodeId[] = [];
  const edges: FlowEdgeId[] = [];
  for (const step of steps) {
    if (!nodes.includes(step.node)) nodes.push(step.node);
    if (step.edge !== undefined && !edges.includes(step.edge)) {
      edges.push(step.edge);
      const to = flowEdges[step.edge].to;
      if (!nodes.includes(to)) nodes.push(to);
    }
  }

  const architecture = flowNodes[outcomeNode].architecture;
  if (architecture === undefined) throw new Error(`Flowchart outcome ${outcomeNode} has no architecture`);
  return { nodes, edges, steps, outcome: architecture, outcomeNode };
}

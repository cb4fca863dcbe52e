import { describe, expect, it } from "vitest";
import { changesOften, flowEdges, flowchartPath, flowNodes, hasTrainableExamples, type FlowEdgeId } from "./flowchart";
import { knowledgeChanges, labeledExampleCounts, needs } from "./traits";

describe("seed 004 flowchart path", () => {
  it("sends fast-changing knowledge to RAG", () => {
    const path = flowchartPath({ need: "knowledge", knowledgeChange: "daily", labeledExamples: "none" });
    expect(path.outcome).toBe("rag");
    expect(path.nodes).toEqual(["problem", "changesOften", "rag"]);
    expect(path.edges).toEqual(["problem-knowledge", "changesOften-yes"]);
  });

  it("sends stable knowledge to a better prompt first", () => {
    const path = flowchartPath({ need: "knowledge", knowledgeChange: "static", labeledExamples: "thousands" });
    expect(path.outcome).toBe("prompt_engineering");
    expect(path.edges).toEqual(["problem-knowledge", "changesOften-no"]);
    expect(path.nodes).not.toContain("hasExamples");
  });

  it("sends behaviour with trainable examples to fine-tuning", () => {
    const path = flowchartPath({ need: "behavior", knowledgeChange: "realtime", labeledExamples: "hundreds" });
    expect(path.outcome).toBe("fine_tuning");
    expect(path.nodes).toEqual(["problem", "hasExamples", "fineTune"]);
    expect(path.edges).toEqual(["problem-behavior", "hasExamples-yes"]);
  });

  it("sends behaviour without examples to a better prompt first", () => {
    const path = flowchartPath({ need: "behavior", knowledgeChange: "daily", labeledExamples: "under_100" });
    expect(path.outcome).toBe("prompt_engineering");
    expect(path.edges).toEqual(["problem-behavior", "hasExamples-no"]);
  });

  it("walks both branches for a project that needs both, and joins at 'still struggling' → Fine-tune + RAG", () => {
    const path = flowchartPath({ need: "both", knowledgeChange: "weekly", labeledExamples: "thousands" });
    expect(path.outcome).toBe("hybrid");
    expect(path.outcomeNode).toBe("hybrid");
    expect(new Set(path.edges)).toEqual(
      new Set<FlowEdgeId>([
        "problem-knowledge",
        "changesOften-yes",
        "problem-behavior",
        "hasExamples-yes",
        "rag-struggling",
        "fineTune-struggling",
        "struggling-yes",
      ]),
    );
    expect(path.nodes).toEqual(expect.arrayContaining(["rag", "fineTune", "stillStruggling", "hybrid"]));
  });

  it("lands a 'both' project on the one heavy tool it needs when the other side is served by a prompt", () => {
    expect(flowchartPath({ need: "both", knowledgeChange: "daily", labeledExamples: "none" }).outcome).toBe("rag");
    expect(flowchartPath({ need: "both", knowledgeChange: "static", labeledExamples: "thousands" }).outcome).toBe("fine_tuning");
    expect(flowchartPath({ need: "both", knowledgeChange: "static", labeledExamples: "none" }).outcome).toBe("prompt_engineering");
  });

  it("draws the monthly/yearly and under-100/hundreds thresholds where the seed's words put them", () => {
    expect(knowledgeChanges.filter((change) => changesOften({ knowledgeChange: change }))).toEqual([
      "realtime",
      "daily",
      "weekly",
      "monthly",
    ]);
    expect(labeledExampleCounts.filter((count) => hasTrainableExamples({ labeledExamples: count }))).toEqual([
      "hundreds",
      "thousands",
      "tens_of_thousands",
    ]);
  });

  it("is consistent for every combination: connected edges, unique entries, outcome on the path", () => {
    for (const need of needs)
      for (const knowledgeChange of knowledgeChanges)
        for (const labeledExamples of labeledExampleCounts) {
          const traits = { need, knowledgeChange, labeledExamples };
          const path = flowchartPath(traits);
          expect(flowchartPath(traits)).toEqual(path);
          expect(new Set(path.nodes).size).toBe(path.nodes.length);
          expect(new Set(path.edges).size).toBe(path.edges.length);
          expect(path.nodes[0]).toBe("problem");
          expect(path.nodes).toContain(path.outcomeNode);
          expect(flowNodes[path.outcomeNode].kind).toBe("outcome");
          expect(flowNodes[path.outcomeNode].architecture).toBe(path.outcome);
          for (const edge of path.edges) {
            expect(path.nodes).toContain(flowEdges[edge].from);
            expect(path.nodes).toContain(flowEdges[edge].to);
          }
          // The hybrid box is reached only by a project that needs both.
          expect(path.outcome === "hybrid").toBe(need === "both" && changesOften(traits) && hasTrainableExamples(traits));
        }
  });
});

describe("the walk, step by step", () => {
  it("records which answer chose each branch, ending at the outcome", () => {
    expect(flowchartPath({ need: "knowledge", knowledgeChange: "monthly", labeledExamples: "none" }).steps).toEqual([
      { node: "problem", edge: "problem-knowledge", trait: "need" },
      { node: "changesOften", edge: "changesOften-yes", trait: "knowledgeChange" },
      { node: "rag" },
    ]);
    expect(flowchartPath({ need: "knowledge", knowledgeChange: "yearly", labeledExamples: "thousands" }).steps).toEqual([
      { node: "problem", edge: "problem-knowledge", trait: "need" },
      { node: "changesOften", edge: "changesOften-no", trait: "knowledgeChange" },
      { node: "promptFirst" },
    ]);
    expect(flowchartPath({ need: "behavior", knowledgeChange: "daily", labeledExamples: "hundreds" }).steps).toEqual([
      { node: "problem", edge: "problem-behavior", trait: "need" },
      { node: "hasExamples", edge: "hasExamples-yes", trait: "labeledExamples" },
      { node: "fineTune" },
    ]);
    expect(flowchartPath({ need: "behavior", knowledgeChange: "daily", labeledExamples: "under_100" }).nodes).toEqual(["problem", "hasExamples", "promptFirst"]);
  });

  it("walks the knowledge branch first for a 'both' project and joins at 'still struggling'", () => {
    const path = flowchartPath({ need: "both", knowledgeChange: "realtime", labeledExamples: "tens_of_thousands" });
    expect(path.steps).toEqual([
      { node: "problem", edge: "problem-knowledge", trait: "need" },
      { node: "changesOften", edge: "changesOften-yes", trait: "knowledgeChange" },
      { node: "problem", edge: "problem-behavior", trait: "need" },
      { node: "hasExamples", edge: "hasExamples-yes", trait: "labeledExamples" },
      { node: "rag", edge: "rag-struggling" },
      { node: "fineTune", edge: "fineTune-struggling" },
      { node: "stillStruggling", edge: "struggling-yes" },
      { node: "hybrid" },
    ]);
    expect(path.nodes).toEqual(["problem", "changesOften", "rag", "hasExamples", "fineTune", "stillStruggling", "hybrid"]);
    expect(path.edges).toEqual([
      "problem-knowledge",
      "changesOften-yes",
      "problem-behavior",
      "hasExamples-yes",
      "rag-struggling",
      "fineTune-struggling",
      "struggling-yes",
    ]);
  });

  it.each([
    ["daily", "none", "rag", ["problem", "changesOften", "rag", "hasExamples", "promptFirst"]],
    ["static", "hundreds", "fineTune", ["problem", "changesOften", "promptFirst", "hasExamples", "fineTune"]],
    ["yearly", "under_100", "promptFirst", ["problem", "changesOften", "promptFirst", "hasExamples"]],
  ] as const)("a 'both' project changing %s with %s examples ends at %s, drawing each node once", (knowledgeChange, labeledExamples, outcomeNode, nodes) => {
    const path = flowchartPath({ need: "both", knowledgeChange, labeledExamples });
    expect(path.outcomeNode).toBe(outcomeNode);
    expect(path.nodes).toEqual(nodes);
    expect(path.steps.at(-1)).toEqual({ node: outcomeNode });
    expect(path.steps).toHaveLength(5);
  });
});

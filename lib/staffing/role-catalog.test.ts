import { describe, expect, it } from "vitest";
import { roles } from "@/lib/decision/types";
import { roleCatalog, roleEntry, toolNames } from "./role-catalog";
import { contextRules } from "./role-context";

const allText = roles
  .flatMap((role) => {
    const e = roleCatalog[role];
    return [e.title, ...e.alsoKnownAs, e.mission, ...e.responsibilities, ...e.mustHaveSkills, ...e.niceToHaveSkills, ...toolNames([...e.mustHaveTools, ...e.niceToHaveTools])];
  })
  .concat(contextRules.map((r) => r.skill))
  .join("\n");

describe("role catalog", () => {
  it("has every contract role, each with complete content", () => {
    expect(Object.keys(roleCatalog).sort()).toEqual([...roles].sort());
    for (const role of roles) {
      const e = roleCatalog[role];
      expect(e.role).toBe(role);
      expect(e.responsibilities.length).toBeGreaterThanOrEqual(3);
      expect(e.mustHaveSkills.length).toBeGreaterThanOrEqual(4);
      expect(e.niceToHaveSkills.length).toBeGreaterThanOrEqual(2);
      expect(e.mustHaveTools.length).toBeGreaterThanOrEqual(1);
      expect(e.coveredBy.length).toBeGreaterThanOrEqual(1);
      expect(e.successAfter90Days.length).toBeGreaterThanOrEqual(3);
    }
  });

  // Every skill and tool the source articles name appears somewhere in the product's data.
  it.each([
    "embedding", "chunking", "vector database", "Pinecone", "Weaviate", "Qdrant", "FAISS", "pgvector",
    "LangChain", "LlamaIndex", "Haystack", "ranking", "filtering", "evaluation", "monitoring", "semantic search",
    "prompt engineering", "Dataset curation and validation", "PEFT", "LoRA", "QLoRA", "DPO", "Hugging Face Trainer",
    "Axolotl", "OpenAI fine-tuning API", "SageMaker JumpStart", "Weights & Biases", "Hyperparameter optimisation",
    "Transformer architecture", "Benchmark-driven evaluation", "MLOps", "OpenAI embeddings", "Hugging Face embedding",
    "Agent orchestration", "Drift", "GPU", "access control", "prompt engineer", "fine-tuning specialist", "data pipelines",
  ])("names %s", (term) => {
    expect(allText.toLowerCase()).toContain(term.toLowerCase());
  });

  it("flattens tool groups without repeats", () => {
    expect(toolNames([{ category: "a", options: ["x", "y"] }, { category: "b", options: ["y", "z"] }])).toEqual(["x", "y", "z"]);
  });
});

describe("roleEntry", () => {
  it.each([
    { role: "rag_engineer" as const, title: "RAG engineer" },
    { role: "mlops_engineer" as const, title: "MLOps engineer" },
    { role: "ai_product_engineer" as const, title: "AI product engineer" },
  ])("$role is the $title", ({ role, title }) => {
    expect(roleEntry(role).title).toBe(title);
  });
});

import { describe, expect, it } from "vitest";
import { citeSource, isSourceId } from "./source-articles";

describe("source articles", () => {
  it.each([
    ["000", true],
    ["004", true],
    ["005", false],
    ["", false],
    ["toString", false],
  ])("isSourceId(%j) → %s", (id, known) => {
    expect(isSourceId(id)).toBe(known);
  });

  it("cites a known article by title and publisher, an unknown one by its id", () => {
    expect(citeSource("004")).toBe("“RAG vs Fine-Tuning – How to Actually Decide” (a practitioner's blog)");
    expect(citeSource("003")).toBe("“RAG vs Fine-Tuning: Which One Is Right for You?” (the Gradient Descent Weekly newsletter)");
    expect(citeSource("042")).toBe("042");
  });
});

import { it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { rawScores } from "@/lib/decision/score";
import { makeTraits } from "@/tests/fixtures/traits";
import { brandVoiceGeneratorTraits } from "@/tests/fixtures/traits";
it("calc", () => {
  console.log("x");
  const slow = makeTraits({ need: "behavior", taskType: "branded_content", citations: "none", labeledExamples: "hundreds", timeToShip: "months" });
  console.log("OUT", JSON.stringify(rawScores(slow)), JSON.stringify(rawScores({ ...slow, timeToShip: "days" })));
  console.log("OUT", JSON.stringify(recommend({ ...slow, timeToShip: "days" }).factors.map((f) => [f.trait, f.answer, f.effects])));
  console.log("OUT brand", JSON.stringify(brandVoiceGeneratorTraits), JSON.stringify(rawScores(brandVoiceGeneratorTraits)), recommend(brandVoiceGeneratorTraits).recommendation.runnerUp);
});

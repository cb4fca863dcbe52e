import { describe, expect, it } from "vitest";
import { compactAnswers } from "@/lib/compact-answers";
import { recommend } from "@/lib/decision/recommend";
import { paths } from "@/lib/paths";
import { answerSets } from "@/tests/fixtures/answer-sets";
import { GET } from "./route";

const origin = "http://localhost";

describe("GET /results/what-if", () => {
  it("redirects every flip's short link to the readable what-if link it stands for", () => {
    for (const traits of answerSets(20)) {
      const compact = compactAnswers(traits);
      if (compact === undefined) throw new Error("no short form");
      for (const flip of recommend(traits).flips) {
        const response = GET(new Request(`${origin}${paths.whatIfShort(compact, flip)}`));
        expect(response.status).toBe(303);
        expect(response.headers.get("location")).toBe(paths.whatIf(traits, flip));
      }
    }
  });

  it("answers 400 to a damaged link", () => {
    expect(GET(new Request(`${origin}/results/what-if?a=1-2&t=need&to=knowledge`)).status).toBe(400);
    expect(GET(new Request(`${origin}/results/what-if`)).status).toBe(400);
    const [traits] = answerSets(1);
    if (!traits) throw new Error("no answer set");
    const compact = compactAnswers(traits) ?? "";
    expect(GET(new Request(`${origin}/results/what-if?a=${compact}&t=nothing&to=x`)).status).toBe(400);
    expect(GET(new Request(`${origin}/results/what-if?a=${compact}&t=latency&to=instant`)).status).toBe(400);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { traitsArbitrary } from "./traits-arbitrary";
import { traitsSchema } from "./traits";

describe("traitsArbitrary", () => {
  it("only produces traits the schema accepts", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        expect(traitsSchema.safeParse(traits).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

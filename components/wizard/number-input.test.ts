import { expect, test } from "vitest";
import { formatAmount, parseAmount } from "./number-input";

test.each([
  ["", undefined],
  ["   ", undefined],
  ["25000", 25_000],
  ["25,000", 25_000],
  ["$25k", 25_000],
  ["1.5M", 1_500_000],
  ["1.1m", 1_100_000],
  ["2 000", 2_000],
  ["2b", 2_000_000_000],
  ["0", 0],
  ["-50", -50],
])("parseAmount(%j) = %j", (raw, expected) => {
  expect(parseAmount(raw)).toBe(expected);
});

test.each(["abc", "12abc", "1..2", "k", "1e5"])("parseAmount(%j) is not an amount", (raw) => {
  expect(parseAmount(raw)).toBeNaN();
});

test("formatAmount", () => {
  expect(formatAmount(undefined)).toBe("");
  expect(formatAmount(250_000)).toBe("250,000");
  expect(parseAmount(formatAmount(1_234_567))).toBe(1_234_567);
});

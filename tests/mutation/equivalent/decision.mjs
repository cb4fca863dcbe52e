/**
 * Surviving mutants in lib/decision that change no behaviour, so no test can kill them; the mutation gate leaves them out
 * of the score. Each entry: the file, the mutator, the original code, the replacement (optional) and why.
 * Matching is by text, not line: an entry covers every mutant of that text in the file, so each reason below holds for
 * every place the text occurs (noted where it occurs more than once).
 * @type {import("../equivalent-mutant").EquivalentMutant[]}
 */
export const equivalentMutants = [
  // score.ts
  {
    file: "lib/decision/score.ts",
    mutator: "OptionalChaining",
    original: "compiled.rule.when?.(traits)",
    reason: "Only rules with `when` are compiled into the conditional list, so the call never meets undefined (all three places).",
  },
  {
    file: "lib/decision/score.ts",
    mutator: "ArrowFunction",
    original: "() => 0",
    reason: "The what-if start vectors (answerVector, conditionalVector) are only read as `value ?? 0`, so undefined entries read as 0.",
  },
  {
    file: "lib/decision/score.ts",
    mutator: "ArrayDeclaration",
    original: "[]",
    replacement: '["Stryker was here"]',
    reason: "In explain's skills loop, `bySkill.get(skill) ?? []`: it walks bySkill's own keys, so get never misses. (Every other `[]` in score.ts is killed.)",
  },
  {
    file: "lib/decision/score.ts",
    mutator: "ConditionalExpression",
    original: "!before",
    replacement: "true",
    reason: "A cache: recomputing answerVector for the same trait and answer gives the same vector.",
  },
  {
    file: "lib/decision/score.ts",
    mutator: "ArithmeticOperator",
    original: "architectures.indexOf(a) - architectures.indexOf(b)",
    replacement: "architectures.indexOf(a) + architectures.indexOf(b)",
    reason: "rank sorts a copy of `architectures` (4 items, in order); V8 sorts it by binary insertion, calling compare(later, earlier), so on a tie both forms are positive.",
  },

  // recommend.ts: summarize
  {
    file: "lib/decision/recommend.ts",
    mutator: "MethodExpression",
    original: "factors.filter((f) => edge(f) > 0)",
    replacement: "factors",
    reason: "The fallback always has at least two factors with a positive edge (exhaustive search over the rule table), so the top two after sorting by edge are the same.",
  },
  {
    file: "lib/decision/recommend.ts",
    mutator: "ConditionalExpression",
    original: "edge(f) > 0",
    replacement: "true",
    reason: "In the fallback filter: as for dropping the filter. (The same text in favoursWinner is killed by the fallback tests in recommend.test.ts.)",
  },
  {
    file: "lib/decision/recommend.ts",
    mutator: "EqualityOperator",
    original: "edge(f) > 0",
    replacement: "edge(f) >= 0",
    reason: "In the fallback filter: zero edges sort after the two or more positive ones. (The favoursWinner one is killed by the RAG/fine-tuning tie test.)",
  },
  {
    file: "lib/decision/recommend.ts",
    mutator: "ConditionalExpression",
    original: "reasons.length > 0",
    replacement: "true",
    reason: "No valid project leaves the summary without a reason: some factor always has a positive edge for the winner (exhaustive bound over the rule table).",
  },
  {
    file: "lib/decision/recommend.ts",
    mutator: "EqualityOperator",
    original: "reasons.length > 0",
    replacement: "reasons.length >= 0",
    reason: "As above: reasons is never empty, so `> 0` and `>= 0` agree.",
  },

  // flips.ts

  // flowchart.ts
  {
    file: "lib/decision/flowchart.ts",
    mutator: "ConditionalExpression",
    original: "architecture === undefined",
    replacement: "false",
    reason: "Every outcome node the walk can end at (rag, promptFirst, fineTune, hybrid) has an architecture; the throw guards the type only.",
  },

  // decision-record.ts
  {
    file: "lib/decision/decision-record.ts",
    mutator: "EqualityOperator",
    original: "value > 0",
    replacement: "value >= 0",
    reason: "sign is only called by effectsText, which leaves out zero effects, so 0 never reaches it.",
  },
  {
    file: "lib/decision/decision-record.ts",
    mutator: "ConditionalExpression",
    original: "value < 0",
    replacement: "true",
    reason: "sign never sees 0 (see above): past `value > 0` every value is negative.",
  },
  {
    file: "lib/decision/decision-record.ts",
    mutator: "EqualityOperator",
    original: "value < 0",
    replacement: "value <= 0",
    reason: "sign never sees 0 (see above).",
  },
  {
    file: "lib/decision/decision-record.ts",
    mutator: "Regex",
    original: "/\\.0$/",
    replacement: "/\\.0/",
    reason: "toFixed(1) leaves one decimal, so a \".0\" can only be at the end.",
  },
  {
    file: "lib/decision/decision-record.ts",
    mutator: "ConditionalExpression",
    original: 'flip.trait === "teamSkills"',
    replacement: "true",
    reason: "The next check, Array.isArray(flip.to), holds only for team skills, the one trait whose answer is a list.",
  },
  {
    file: "lib/decision/decision-record.ts",
    mutator: "ArithmeticOperator",
    original: "architectures.indexOf(a) - architectures.indexOf(b)",
    replacement: "architectures.indexOf(a) + architectures.indexOf(b)",
    reason: "As rank in score.ts: 4 items sorted from `architectures` order by V8's binary insertion, so ties only compare a later item with an earlier one.",
  },

  // trait-catalog.ts
  {
    file: "lib/decision/trait-catalog.ts",
    mutator: "ConditionalExpression",
    original: 'case "boolean": return question.options[String(answer) as "true" | "false"].label;',
    reason: "Without the case, a boolean falls to the default branch, which looks up the same options by String(answer).",
  },

  // traits-url.ts
  {
    file: "lib/decision/traits-url.ts",
    mutator: "ConditionalExpression",
    original: 'trimmed !== ""',
    replacement: "true",
    reason: "The regex needs at least one character, so it already rejects the empty string.",
  },
  {
    file: "lib/decision/traits-url.ts",
    mutator: "ConditionalExpression",
    original: 'key === "upfrontBudgetUsd" || key === "monthlyQueries"',
    replacement: "true",
    reason: "No answer of a choice trait looks like a number, and a choice rejects a number with the same message as a wrong word.",
  },
];

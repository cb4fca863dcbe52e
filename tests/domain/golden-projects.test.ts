import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { computeCostModel } from "@/lib/cost/model";
import type { ArchitectureCost, CostModel } from "@/lib/cost/types";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Recommendation, Role, Seniority, SourcingMode } from "@/lib/decision/types";
import {
  brandVoiceGeneratorTraits,
  highVolumeClassifierTraits,
  hybridLegalAssistantTraits,
  regulatedResearchAssistantTraits,
  smallSupportBotTraits,
} from "@/tests/fixtures/traits";

/*
 * Golden tables for five example projects, worked out by hand: the recommendation, the team, the first-year cost of
 * every architecture and the break-even month. Every expected figure is a literal; the arithmetic behind it sits in the
 * comment next to it, so a reviewer can check each number with a calculator. Nothing is computed from the code's own
 * constants or functions.
 *
 * The defaults used (lib/cost/assumptions.ts, United States, in-house recruiting):
 *
 *   Pay per FTE-week = yearly base pay × on-cost / 52. Hired and trained people carry the US on-cost of 1.3, contractors
 *   the contractor factor of 1.6:
 *     mid    207,600 × 1.3 / 52 = 5,190        contract: 207,600 × 1.6 / 52 = 6,387.69
 *     senior 263,600 × 1.3 / 52 = 6,590        contract: 263,600 × 1.6 / 52 = 8,110.77
 *     staff  329,900 × 1.3 / 52 = 8,247.50
 *   (So half a mid-level FTE costs 2,595 a week; a quarter of a mid-level contractor 1,596.92.)
 *   One-time: $4,700 per person hired, in the week they start; $2,000 per person trained (week 0); nothing for a
 *   contract. A role of 1.5 FTE is two people.
 *
 *   Start weeks (every search begins at week 0): a hire starts after the time to fill plus 2 weeks' notice (mid 7 + 2 = 9,
 *   senior 10 + 2 = 12, staff 13 + 2 = 15) and is productive 4 weeks later (13, 16, 19); a contractor starts at week 2
 *   and is productive at 3; someone trained starts at week 0 and is productive at 3.
 *   Calendar: the prototype starts when everyone it needs is productive and lasts the middle of its range; production
 *   starts when the prototype ends and its people are productive; launch ends production.
 *   Pay: from the start week at the FTE of the role's first phase, then each phase's FTE.
 *
 *   Year one is weeks 0 to 52 (month m is weeks (m − 1) × 52/12 to m × 52/12). Build spend (embedding the corpus, and six
 *   training runs × GPU-hours × $3.50 on rented GPUs) is spread evenly over the weeks before launch; running and
 *   retraining are paid per month from launch, so year one has (52 − launch week) × 12/52 live months.
 *   Unit prices: model $0.002 per 1,000 tokens (× 1.5 for a tuned model); embedding $0.02 per million tokens; vector
 *   store $50 a month + $15 per million vectors (400-token chunks) + $10 per million requests. Tokens per request:
 *   prompt 1,500 (+ 8,000 of reference material when the need includes knowledge), RAG 1,500 + 2,500 retrieved,
 *   tuned 600, hybrid 600 + 2,500; 50 tokens embedded per request. Corpus: small 2,000,000 tokens, large 2,000,000,000.
 */

type Fte = readonly [prototype: number, production: number, scale: number];

interface TeamRow {
  role: Role;
  seniority: Seniority;
  sourcing: SourcingMode;
  fte: Fte;
  headcount: number;
}

interface FirstYearRow {
  architecture: Architecture;
  launchWeek: number;
  /** Pay and one-time people costs, months 1–12. */
  people: number;
  /** Build, running and retraining, months 1–12. */
  other: number;
  /** Cumulative cost at month 12. */
  total: number;
}

interface BreakEvenRow {
  a: Architecture;
  b: Architecture;
  month: number | null;
  cheaperFirst: Architecture;
  cheaperAtEnd: Architecture;
  /** Cumulative [a, b] at the month before the break-even and at it. */
  before?: readonly [number, number];
  at?: readonly [number, number];
}

function run(traits: Traits): { result: Recommendation; model: CostModel } {
  const result = recommend(traits);
  return { result, model: computeCostModel(traits, { recommendation: result }) };
}

function team(cost: ArchitectureCost): TeamRow[] {
  return cost.staffing.roles.map((role) => ({
    role: role.role,
    seniority: role.seniority,
    sourcing: role.sourcing.mode,
    fte: [role.fteByPhase.prototype, role.fteByPhase.production, role.fteByPhase.scale],
    // A part-time need is still one person.
    headcount: Math.ceil(role.peakFte),
  }));
}

function startWeeks(cost: ArchitectureCost): Partial<Record<Role, number>> {
  return Object.fromEntries(cost.calendar.roles.map((entry) => [entry.role, entry.startWeek]));
}

function expectUsd(actual: number | undefined, expected: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThan(1);
}

function checkFirstYear(model: CostModel, row: FirstYearRow): void {
  const cost = model.byArchitecture[row.architecture];
  const year = cost.months.slice(0, 12);
  expect(cost.launchWeek).toBe(row.launchWeek);
  expectUsd(year.reduce((sum, month) => sum + month.people, 0), row.people);
  expectUsd(year.reduce((sum, month) => sum + month.build + month.run + month.retraining, 0), row.other);
  expectUsd(cost.cumulative[11], row.total);
}

function checkBreakEven(model: CostModel, row: BreakEvenRow): void {
  const entry = model.breakEvens.find((candidate) => candidate.a === row.a && candidate.b === row.b);
  expect(entry).toMatchObject({ month: row.month, cheaperFirst: row.cheaperFirst, cheaperAtEnd: row.cheaperAtEnd });
  if (row.month === null || row.before === undefined || row.at === undefined) return;
  const a = model.byArchitecture[row.a].cumulative;
  const b = model.byArchitecture[row.b].cumulative;
  expectUsd(a[row.month - 2], row.before[0]);
  expectUsd(b[row.month - 2], row.before[1]);
  expectUsd(a[row.month - 1], row.at[0]);
  expectUsd(b[row.month - 1], row.at[1]);
}

describe("small support bot: help-centre answers over a small, weekly-changing corpus, shipped in weeks", () => {
  const { result, model } = run(smallSupportBotTraits);

  it("recommends retrieval (RAG)", () => {
    expect(result.recommendation.architecture).toBe("rag");
  });

  it("staffs it with a senior RAG engineer and four half-time roles, the AI product engineer trained from the prompt skills", () => {
    // Base RAG staffing; no answer adds anyone (small corpus, weekly change, no per-user access, moderate stakes,
    // citations only helpful, 20,000 requests). The lead is senior; the others mid-level (stakes not low).
    // Only prompt engineering is on the team: the AI product engineer is trained; the rest are needed at 0.5 after
    // launch (more than a quarter), so they are hired.
    expect(team(model.byArchitecture.rag)).toEqual<TeamRow[]>([
      { role: "rag_engineer", seniority: "senior", sourcing: "hire", fte: [1, 1, 1], headcount: 1 },
      { role: "mlops_engineer", seniority: "mid", sourcing: "hire", fte: [0, 0.5, 0.5], headcount: 1 },
      { role: "data_engineer", seniority: "mid", sourcing: "hire", fte: [0, 0.5, 0.5], headcount: 1 },
      { role: "evaluation_engineer", seniority: "mid", sourcing: "hire", fte: [0, 0.5, 0.5], headcount: 1 },
      { role: "ai_product_engineer", seniority: "mid", sourcing: "train", fte: [0.5, 0.5, 0.5], headcount: 1 },
    ]);
    // Prototype waits for the RAG engineer (productive at 12 + 4 = 16) and takes 2 weeks (1–3); production 6 (4–8).
    expect(startWeeks(model.byArchitecture.rag)).toEqual({ rag_engineer: 12, mlops_engineer: 9, data_engineer: 9, evaluation_engineer: 9, ai_product_engineer: 0 });
    expect(model.byArchitecture.rag.calendar.phaseStart).toEqual({ prototype: 16, production: 18, scale: 24 });
  });

  it.each<FirstYearRow>([
    {
      architecture: "rag",
      launchWeek: 24,
      // RAG engineer 12–52 × 1 = 40 FTE-weeks × 6,590 = 263,600
      // AI product engineer 0–52 × 0.5 = 26 × 5,190 = 134,940
      // MLOps, data, evaluation 9–52 × 0.5 = 21.5 each, 64.5 × 5,190 = 334,755
      // one-time 4 hires × 4,700 + 1 trained × 2,000 = 20,800        people = 754,095
      people: 754_095,
      // build: 2,000,000 tokens × $0.02/M = 0.04
      // run a month: 20,000 × 4,000 tokens × $0.002/1k = 160; query embedding 20,000 × 50 × $0.02/M = 0.02;
      //   re-embedding 25% × 2M tokens × $0.02/M = 0.01; vector store 50 + 5,000 vectors × $15/M (0.075) + 20,000 × $10/M (0.20)
      //   = 50.275; total 210.305 × (52 − 24) × 12/52 = 6.4615 months = 1,358.89        other = 1,358.93
      other: 1_358.93,
      total: 755_453.93,
    },
    {
      architecture: "prompt_engineering",
      launchWeek: 16,
      // Prototype 3–4.5 (the trained lead is productive at 3; 1–2 weeks), production waits for the evaluation hire
      // (productive at 13) and takes 3 weeks (2–4): launch 16.
      // AI product engineer (senior, trained) 0–52 × 1 = 52 × 6,590 = 342,680
      // evaluation engineer (mid, hired) 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // MLOps engineer (mid, contract, needed only after launch) 2–52 × 0.25 = 12.5 × 6,387.69 = 79,846.15
      // one-time 4,700 + 2,000 = 6,700        people = 540,811.15
      people: 540_811.15,
      // run: 20,000 × (1,500 + 8,000) tokens × $0.002/1k = 380 a month × (52 − 16) × 12/52 = 8.3077 months = 3,156.92
      other: 3_156.92,
      total: 543_968.08,
    },
    {
      architecture: "fine_tuning",
      launchWeek: 29.5,
      // Prototype 16–20.5 (4.5 weeks, 3–6), production 20.5–29.5 (9 weeks, 6–12). Weekly change keeps the DL engineer
      // at 1 after launch; under 100 examples add 0.5 of a data engineer to the prototype.
      // DL engineer (senior) 12–52 × 1 = 40 × 6,590 = 263,600
      // data engineer 9–20.5 × 1 + 20.5–52 × 0.5 = 11.5 + 15.75 = 27.25 × 5,190 = 141,427.50
      // evaluation engineer 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // MLOps engineer 9–29.5 × 1 + 29.5–52 × 0.5 = 20.5 + 11.25 = 31.75 × 5,190 = 164,782.50
      // AI product engineer (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940
      // one-time 4 × 4,700 + 2,000 = 20,800        people = 837,135
      people: 837_135,
      // build: 6 runs × (2 GPU-h for under 100 examples + 24 for the small corpus) × $3.50 = 546
      // run 20,000 × 600 × $0.003/1k = 36 + retraining 4.35 runs × 26 GPU-h × $3.50 = 395.85: 431.85 a month
      //   × (52 − 29.5) × 12/52 = 5.1923 months = 2,242.30        other = 2,788.30
      other: 2_788.3,
      total: 839_923.3,
    },
    {
      architecture: "hybrid",
      launchWeek: 33,
      // Prototype 16–22 (6 weeks, 4–8), production 22–33 (11 weeks, 8–14). RAG leads (its score is higher); the DL
      // engineer of a hybrid is senior.
      // RAG engineer 12–52 × 1 = 40 × 6,590 = 263,600
      // DL engineer 12–33 × 1 + 33–52 × 0.5 = 21 + 9.5 = 30.5 × 6,590 = 200,995
      // MLOps 9–52 × 1 = 43 × 5,190 = 223,170
      // data 9–22 × 1 + 22–52 × 0.5 = 13 + 15 = 28 × 5,190 = 145,320
      // evaluation 9–22 × 0.5 + 22–33 × 1 + 33–52 × 0.5 = 6.5 + 11 + 9.5 = 27 × 5,190 = 140,130
      // AI product (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940
      // one-time 5 × 4,700 + 2,000 = 25,500        people = 1,133,655
      people: 1_133_655,
      // build 0.04 + 6 × 2 GPU-h × $3.50 = 42.04
      // run 20,000 × 3,100 × $0.003/1k = 186 + 0.02 + 0.01 + 50.275 = 236.305, retraining 0.25 × 2 × 3.50 = 1.75:
      //   238.055 × (52 − 33) × 12/52 = 4.3846 months = 1,043.78        other = 1,085.82
      other: 1_085.82,
      total: 1_134_740.82,
    },
  ])("first year of $architecture: $total", (row) => checkFirstYear(model, row));

  it.each<BreakEvenRow>([
    {
      // The prompt cannot qualify (the corpus does not fit in one prompt), but it is the cheapest curve. RAG is cheaper for
      // four months, while only half a trained person is paid before week 9; from month 5 on the prompt stays cheaper
      // (a month at scale: prompt 28,556.67 + 11,245 + 6,920 + 380 run against RAG 28,556.67 + 4 × 11,245 + 210.31).
      // End of month 4 (week 17⅓):
      //   prompt: 17⅓ × 6,590 + 8⅓ × 2,595 + 15⅓ × 1,596.92 + 6,700 + run 1⅓ weeks × 380 × 12/52
      //         = 114,226.67 + 21,625 + 24,486.15 + 6,700 + 116.92 = 167,154.74
      //   RAG: 5⅓ × 6,590 + 17⅓ × 2,595 + 3 × 8⅓ × 2,595 + 20,800 + build 0.03 = 35,146.67 + 44,980 + 64,875 + 20,800.03 = 165,801.70
      // End of month 5 (week 21⅔):
      //   prompt: 21⅔ × 6,590 + 12⅔ × 2,595 + 19⅔ × 1,596.92 + 6,700 + 5⅔ weeks × 87.69 = 142,783.33 + 32,870 + 31,406.15 + 6,700 + 496.92 = 214,256.41
      //   RAG: 9⅔ × 6,590 + 21⅔ × 2,595 + 3 × 12⅔ × 2,595 + 20,800 + 0.04 = 63,703.33 + 56,225 + 98,610 + 20,800.04 = 239,338.37
      a: "prompt_engineering",
      b: "rag",
      month: 5,
      cheaperFirst: "rag",
      cheaperAtEnd: "prompt_engineering",
      before: [167_154.74, 165_801.7],
      at: [214_256.41, 239_338.37],
    },
    {
      // The cheapest alternative that qualifies never catches up: fine-tuning pays more from month 1 (its data engineer is
      // 1 FTE in the prototype, its MLOps engineer 1 FTE from week 9) and at 24 months.
      a: "rag",
      b: "fine_tuning",
      month: null,
      cheaperFirst: "rag",
      cheaperAtEnd: "rag",
    },
  ])("break-even $a / $b: month $month", (row) => checkBreakEven(model, row));
});

describe("regulated research assistant: cited summaries over a large body of regulated records", () => {
  const { result, model } = run(regulatedResearchAssistantTraits);

  it("recommends retrieval (RAG), with the hybrid second", () => {
    expect(result.recommendation.architecture).toBe("rag");
    expect(result.recommendation.runnerUp).toBe("hybrid");
  });

  it("staffs it with a staff-level RAG lead (two people during production) and trains the data and evaluation engineers", () => {
    // High stakes on regulated data make the lead staff-level; evaluation is senior (high error cost), MLOps senior
    // (regulated). Per-user access adds 0.5 RAG engineer in production; the large corpus 0.5 data engineer after the
    // prototype; high stakes and required citations 0.5 evaluation; regulated data 0.25 MLOps in production.
    // The team has data engineering and evaluation: those two are trained.
    expect(team(model.byArchitecture.rag)).toEqual<TeamRow[]>([
      { role: "rag_engineer", seniority: "staff", sourcing: "hire", fte: [1, 1.5, 1], headcount: 2 },
      { role: "mlops_engineer", seniority: "senior", sourcing: "hire", fte: [0, 0.75, 0.5], headcount: 1 },
      { role: "data_engineer", seniority: "mid", sourcing: "train", fte: [0, 1, 1], headcount: 1 },
      { role: "evaluation_engineer", seniority: "senior", sourcing: "train", fte: [0, 1, 1], headcount: 1 },
      { role: "ai_product_engineer", seniority: "mid", sourcing: "hire", fte: [0.5, 0.5, 0.5], headcount: 1 },
    ]);
    // Prototype waits for the staff hire (productive at 15 + 4 = 19), 3.5 weeks (2–5); production 8 weeks (4–8, + 2 for
    // high stakes and regulated data, so 6–10).
    expect(startWeeks(model.byArchitecture.rag)).toEqual({ rag_engineer: 15, mlops_engineer: 12, data_engineer: 0, evaluation_engineer: 0, ai_product_engineer: 9 });
    expect(model.byArchitecture.rag.calendar.phaseStart).toEqual({ prototype: 19, production: 22.5, scale: 30.5 });
  });

  it("only RAG and the hybrid can meet the answers", () => {
    // The corpus does not fit in a prompt; a tuned-only model cannot cite sources.
    expect(model.qualifications.map((entry) => [entry.architecture, entry.qualifies])).toEqual([
      ["prompt_engineering", false],
      ["rag", true],
      ["fine_tuning", false],
      ["hybrid", true],
    ]);
  });

  it.each<FirstYearRow>([
    {
      architecture: "rag",
      launchWeek: 30.5,
      // RAG engineer (staff) 15–22.5 × 1 + 22.5–30.5 × 1.5 + 30.5–52 × 1 = 7.5 + 12 + 21.5 = 41 × 8,247.50 = 338,147.50
      // MLOps (senior) 12–30.5 × 0.75 + 30.5–52 × 0.5 = 13.875 + 10.75 = 24.625 × 6,590 = 162,278.75
      // data (mid, trained) 0–52 × 1 = 52 × 5,190 = 269,880
      // evaluation (senior, trained) 0–52 × 1 = 52 × 6,590 = 342,680
      // AI product (mid) 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // one-time 2 RAG engineers + MLOps + AI product = 4 × 4,700 + 2 trained × 2,000 = 22,800        people = 1,247,371.25
      people: 1_247_371.25,
      // build: 2,000,000,000 tokens × $0.02/M = 40
      // run a month: 300,000 × 4,000 × $0.002/1k = 2,400; query embedding 300,000 × 50 × $0.02/M = 0.30; re-embedding
      //   25% × 2B × $0.02/M = 10; vector store 50 + 5M vectors × $15/M (75) + 300,000 × $10/M (3) = 128; total 2,538.30
      //   × (52 − 30.5) × 12/52 = 4.9615 months = 12,593.87        other = 12,633.87
      other: 12_633.87,
      total: 1_260_005.12,
    },
    {
      architecture: "prompt_engineering",
      launchWeek: 27,
      // Prototype 19–22 (waits for the staff hire; 2–4 weeks), production 22–27 (2–4 + 2): launch 27.
      // AI product engineer (staff) 15–52 × 1 = 37 × 8,247.50 = 305,157.50
      // evaluation (senior, trained; 1 FTE from production) 0–52 × 1 = 52 × 6,590 = 342,680
      // MLOps (senior contract, 0.25) 2–52 × 0.25 = 12.5 × 8,110.77 = 101,384.62
      // one-time 4,700 + 2,000 = 6,700        people = 755,922.12
      people: 755_922.12,
      // run: 300,000 × 9,500 × $0.002/1k = 5,700 a month × (52 − 27) × 12/52 = 5.7692 months = 32,884.62
      other: 32_884.62,
      total: 788_806.73,
    },
    {
      architecture: "fine_tuning",
      launchWeek: 39,
      // Prototype 19–28 (9 weeks, 6–12), production 28–39 (11 weeks, 8–14). Weekly change keeps the DL engineer at 1.
      // DL engineer (staff) 15–52 × 1 = 37 × 8,247.50 = 305,157.50
      // MLOps (senior) 12–39 × 1.25 + 39–52 × 0.5 = 33.75 + 6.5 = 40.25 × 6,590 = 265,247.50
      // data (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940
      // evaluation (senior, trained) 0–28 × 0.5 + 28–52 × 1 = 14 + 24 = 38 × 6,590 = 250,420
      // AI product 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // one-time DL 4,700 + MLOps 2 people (1.25 FTE) 9,400 + AI product 4,700 + 2 trained 4,000 = 22,800        people = 1,090,150
      people: 1_090_150,
      // build: 6 runs × (4 GPU-h for hundreds of examples + 400 for the large corpus) × $3.50 = 8,484
      // run 300,000 × 600 × $0.003/1k = 540 + retraining 4.35 × 404 × $3.50 = 6,150.90: 6,690.90 × (52 − 39) × 12/52
      //   = 3 months = 20,072.70        other = 28,556.70
      other: 28_556.7,
      total: 1_118_706.7,
    },
    {
      architecture: "hybrid",
      launchWeek: 43,
      // Prototype 19–30 (11 weeks, 8–14), production 30–43 (13 weeks, 8–14 + 2).
      // RAG engineer (staff) 15–30 × 1 + 30–43 × 1.5 + 43–52 × 1 = 15 + 19.5 + 9 = 43.5 × 8,247.50 = 358,766.25
      // DL engineer (senior) 12–43 × 1 + 43–52 × 0.5 = 31 + 4.5 = 35.5 × 6,590 = 233,945
      // MLOps (senior) 12–43 × 1.25 + 43–52 × 1 = 38.75 + 9 = 47.75 × 6,590 = 314,672.50
      // data (trained) 0–30 × 0.5 + 30–52 × 1 = 15 + 22 = 37 × 5,190 = 192,030
      // evaluation (senior, trained) 0–30 × 0.5 + 30–43 × 1.5 + 43–52 × 1 = 15 + 19.5 + 9 = 43.5 × 6,590 = 286,665
      // AI product 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // one-time hires RAG 2 + DL 1 + MLOps 2 + AI product 1 = 6 × 4,700 = 28,200; trained data 1 + evaluation 2 = 3 × 2,000 = 6,000
      //   people = 1,531,863.75
      people: 1_531_863.75,
      // build 40 + 6 × 4 × $3.50 = 124
      // run 300,000 × 3,100 × $0.003/1k = 2,790 + 0.30 + 10 + 128 = 2,928.30, retraining 0.25 × 4 × 3.50 = 3.50:
      //   2,931.80 × (52 − 43) × 12/52 = 2.0769 months = 6,089.12        other = 6,213.12
      other: 6_213.12,
      total: 1_538_076.87,
    },
  ])("first year of $architecture: $total", (row) => checkFirstYear(model, row));

  it.each<BreakEvenRow>([
    {
      // The hybrid, the runner-up and the other qualifying design, is cheaper for seven months: it pays its trained data
      // and evaluation engineers at the prototype's 0.5 until week 30, where RAG pays both at the production's 1 FTE from
      // week 0. Its extra DL engineer and larger MLOps share overtake that in month 8, and RAG stays cheaper to month 24.
      // Pay in FTE-weeks by rate (staff 8,247.50, senior 6,590, mid 5,190):
      // End of month 7 (week 30⅓):
      //   RAG: staff 7.5 + 7⅚ × 1.5 = 19.25 → 158,764.38; senior MLOps 18⅓ × 0.75 + evaluation 30⅓ = 44.0833 → 290,509.17;
      //        mid data 30⅓ + AI product 21⅓ × 0.5 = 41 → 212,790; one-time 22,800; build 40 × 30⅓/30.5 = 39.78   = 684,903.33
      //   hybrid: staff 15 + ⅓ × 1.5 = 15.5 → 127,836.25; senior DL 18⅓ + MLOps 18⅓ × 1.25 + evaluation 15 + ⅓ × 1.5
      //        = 56.75 → 373,982.50; mid data 15⅓ + AI product 10⅔ = 26 → 134,940; one-time 34,200; build 124 × 30⅓/43 = 87.47
      //        = 671,046.22
      // End of month 8 (week 34⅔):
      //   RAG: staff 7.5 + 12 + 4⅙ = 23⅔ → 195,190.83; senior MLOps 13.875 + 4⅙ × 0.5 + evaluation 34⅔ = 50.625 → 333,618.75;
      //        mid data 34⅔ + AI product 12⅚ = 47.5 → 246,525; one-time 22,800; build 40; run 2,538.30 × 4⅙ × 12/52 = 2,440.67
      //        = 800,615.25
      //   hybrid: staff 15 + 4⅔ × 1.5 = 22 → 181,445; senior DL 22⅔ + MLOps 28⅓ + evaluation 15 + 7 = 73 → 481,070;
      //        mid data 19⅔ + AI product 12⅚ = 32.5 → 168,675; one-time 34,200; build 124 × 34⅔/43 = 99.97   = 865,489.97
      a: "rag",
      b: "hybrid",
      month: 8,
      cheaperFirst: "hybrid",
      cheaperAtEnd: "rag",
      before: [684_903.33, 671_046.22],
      at: [800_615.25, 865_489.97],
    },
    {
      // The cheapest curve overall, the prompt (which cannot qualify), is cheaper than RAG in every month: it trains one
      // senior evaluation engineer at week 0 where RAG trains two people at 1 FTE each.
      a: "prompt_engineering",
      b: "rag",
      month: null,
      cheaperFirst: "prompt_engineering",
      cheaperAtEnd: "prompt_engineering",
    },
  ])("break-even $a / $b: month $month", (row) => checkBreakEven(model, row));
});

describe("high-volume classifier: a fixed taxonomy, tens of thousands of labelled examples, 20 million requests a month", () => {
  const { result, model } = run(highVolumeClassifierTraits);

  it("recommends fine-tuning, with the hybrid second", () => {
    expect(result.recommendation.architecture).toBe("fine_tuning");
    expect(result.recommendation.runnerUp).toBe("hybrid");
  });

  it("staffs it with a senior DL engineer and a senior MLOps engineer for the volume; the data engineer is trained", () => {
    // Base fine-tuning staffing; a million requests or more add 0.25 MLOps after launch, ten million make MLOps senior.
    // Monthly change leaves the DL engineer at 0.5 after launch. The team has data engineering only.
    expect(team(model.byArchitecture.fine_tuning)).toEqual<TeamRow[]>([
      { role: "deep_learning_engineer", seniority: "senior", sourcing: "hire", fte: [1, 1, 0.5], headcount: 1 },
      { role: "mlops_engineer", seniority: "senior", sourcing: "hire", fte: [0, 1, 0.75], headcount: 1 },
      { role: "data_engineer", seniority: "mid", sourcing: "train", fte: [0.5, 0.5, 0.5], headcount: 1 },
      { role: "evaluation_engineer", seniority: "mid", sourcing: "hire", fte: [0.5, 0.5, 0.5], headcount: 1 },
      { role: "ai_product_engineer", seniority: "mid", sourcing: "hire", fte: [0, 0.5, 0.5], headcount: 1 },
    ]);
    // Prototype waits for the DL engineer (productive at 16), 9 weeks (6–12); production 9 weeks (6–12).
    expect(startWeeks(model.byArchitecture.fine_tuning)).toEqual({ deep_learning_engineer: 12, mlops_engineer: 12, data_engineer: 0, evaluation_engineer: 9, ai_product_engineer: 9 });
    expect(model.byArchitecture.fine_tuning.calendar.phaseStart).toEqual({ prototype: 16, production: 25, scale: 34 });
  });

  it.each<FirstYearRow>([
    {
      architecture: "fine_tuning",
      launchWeek: 34,
      // DL engineer 12–34 × 1 + 34–52 × 0.5 = 22 + 9 = 31 × 6,590 = 204,290
      // MLOps 12–34 × 1 + 34–52 × 0.75 = 22 + 13.5 = 35.5 × 6,590 = 233,945
      // data (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940
      // evaluation 9–52 × 0.5 = 21.5 × 5,190 = 111,585; AI product the same, 111,585
      // one-time 4 × 4,700 + 2,000 = 20,800        people = 817,145
      people: 817_145,
      // build: 6 runs × 40 GPU-h (tens of thousands of examples; behaviour only, no corpus) × $3.50 = 840
      // run 20,000,000 × 600 × $0.003/1k = 36,000 + retraining 1 run × 40 × $3.50 = 140: 36,140 a month
      //   × (52 − 34) × 12/52 = 4.1538 months = 150,120        other = 150,960
      other: 150_960,
      total: 968_105,
    },
    {
      architecture: "prompt_engineering",
      launchWeek: 22,
      // Prototype 16–19, production 19–22 (3 weeks each, 2–4).
      // AI product engineer (senior) 12–52 × 1 = 40 × 6,590 = 263,600
      // evaluation 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // MLOps (senior, 0.25 + 0.25 for the volume, needed only after launch) 12–52 × 0.5 = 20 × 6,590 = 131,800
      // one-time 3 × 4,700 = 14,100        people = 521,085
      people: 521_085,
      // run: 20,000,000 × 1,500 × $0.002/1k = 60,000 a month × (52 − 22) × 12/52 = 6.9231 months = 415,384.62
      other: 415_384.62,
      total: 936_469.62,
    },
    {
      architecture: "rag",
      launchWeek: 25.5,
      // Prototype 16–19.5 (3.5 weeks, 2–5), production 19.5–25.5 (6 weeks, 4–8).
      // RAG engineer 12–52 × 1 = 40 × 6,590 = 263,600
      // MLOps (senior) 12–25.5 × 0.5 + 25.5–52 × 0.75 = 6.75 + 19.875 = 26.625 × 6,590 = 175,458.75
      // data (trained) 0–52 × 0.5 = 134,940; evaluation and AI product 9–52 × 0.5 = 111,585 each
      // one-time 4 × 4,700 + 2,000 = 20,800        people = 817,968.75
      people: 817_968.75,
      // build 0.04
      // run 20,000,000 × 4,000 × $0.002/1k = 160,000 + query embedding 20M × 50 × $0.02/M = 20 + re-embedding 10% × 2M × $0.02/M
      //   = 0.004 + vector store 50 + 0.075 + 20M × $10/M = 250.075: 160,270.08 × (52 − 25.5) × 12/52 = 6.1154 months
      //   = 980,113.18        other = 980,113.22
      other: 980_113.22,
      total: 1_798_081.97,
    },
    {
      architecture: "hybrid",
      launchWeek: 38,
      // Prototype 16–27, production 27–38 (11 weeks each, 8–14). The DL engineer leads (fine-tuning outscores RAG).
      // DL engineer 12–38 × 1 + 38–52 × 0.5 = 26 + 7 = 33 × 6,590 = 217,470
      // RAG engineer (senior) 12–52 × 1 = 40 × 6,590 = 263,600
      // MLOps (senior) 12–38 × 1 + 38–52 × 1.25 = 26 + 17.5 = 43.5 × 6,590 = 286,665
      // data (trained) 0–52 × 0.5 = 134,940
      // evaluation 9–27 × 0.5 + 27–38 × 1 + 38–52 × 0.5 = 9 + 11 + 7 = 27 × 5,190 = 140,130
      // AI product 9–52 × 0.5 = 111,585
      // one-time DL + RAG + 2 MLOps (1.25 FTE) + evaluation + AI product = 6 × 4,700 + 2,000 = 30,200        people = 1,184,590
      people: 1_184_590,
      // build 0.04 + 840 = 840.04
      // run 20M × 3,100 × $0.003/1k = 186,000 + 20 + 0.004 + 250.075 = 186,270.08, retraining 0.25 × 40 × 3.50 = 35:
      //   186,305.08 × (52 − 38) × 12/52 = 3.2308 months = 601,908.72        other = 602,748.76
      other: 602_748.76,
      total: 1_787_338.76,
    },
  ])("first year of $architecture: $total", (row) => checkFirstYear(model, row));

  it.each<BreakEvenRow>([
    {
      // The prompt is cheapest at 12 months; fine-tuning pays it back in month 16.
      // From month 9 (week 34⅔, after both launches) each adds a steady month:
      //   prompt: 28,556.67 (AI product, senior) + 11,245 (evaluation, 0.5 mid) + 14,278.33 (MLOps, 0.5 senior) + 60,000 run = 114,080
      //   fine-tuning: 14,278.33 (DL 0.5) + 21,417.50 (MLOps 0.75) + 3 × 11,245 + 36,000 run + 140 retraining = 105,570.83
      // Month 15: prompt 936,469.62 + 3 × 114,080 = 1,278,709.62; fine-tuning 968,105 + 3 × 105,570.83 = 1,284,817.50
      // Month 16: prompt 1,278,709.62 + 114,080 = 1,392,789.62; fine-tuning 1,284,817.50 + 105,570.83 = 1,390,388.33
      a: "prompt_engineering",
      b: "fine_tuning",
      month: 16,
      // Month 1: the prompt's first hire starts at week 9; fine-tuning trains its data engineer from week 0.
      cheaperFirst: "prompt_engineering",
      cheaperAtEnd: "fine_tuning",
      before: [1_278_709.62, 1_284_817.5],
      at: [1_392_789.62, 1_390_388.33],
    },
  ])("break-even $a / $b: month $month", (row) => checkBreakEven(model, row));

  it("the prompt is cheapest at 6 and 12 months, fine-tuning at 24", () => {
    // 24 months: prompt 936,469.62 + 12 × 114,080 = 2,305,429.62; fine-tuning 968,105 + 12 × 105,570.83 = 2,234,955
    expect(model.cheapest.map((entry) => [entry.month, entry.architecture])).toEqual([
      [6, "prompt_engineering"],
      [12, "prompt_engineering"],
      [24, "fine_tuning"],
    ]);
    expectUsd(model.byArchitecture.prompt_engineering.cumulative[23], 2_305_429.62);
    expectUsd(model.byArchitecture.fine_tuning.cumulative[23], 2_234_955);
  });
});

describe("brand-voice generator: marketing copy in a house voice learnt from thousands of approved pieces", () => {
  const { result, model } = run(brandVoiceGeneratorTraits);

  it("recommends fine-tuning, with the hybrid second", () => {
    expect(result.recommendation.architecture).toBe("fine_tuning");
    expect(result.recommendation.runnerUp).toBe("hybrid");
  });

  it("contracts the DL engineer (a quarter of a person after launch) and trains the evaluation and AI product engineers", () => {
    // Yearly change sets the DL engineer to 0.25 after launch: a short need, and nobody has model training, so a
    // contractor. The team has prompt engineering and evaluation: those two roles are trained. All supporting roles mid.
    expect(team(model.byArchitecture.fine_tuning)).toEqual<TeamRow[]>([
      { role: "deep_learning_engineer", seniority: "senior", sourcing: "contract", fte: [1, 1, 0.25], headcount: 1 },
      { role: "mlops_engineer", seniority: "mid", sourcing: "hire", fte: [0, 1, 0.5], headcount: 1 },
      { role: "data_engineer", seniority: "mid", sourcing: "hire", fte: [0.5, 0.5, 0.5], headcount: 1 },
      { role: "evaluation_engineer", seniority: "mid", sourcing: "train", fte: [0.5, 0.5, 0.5], headcount: 1 },
      { role: "ai_product_engineer", seniority: "mid", sourcing: "train", fte: [0, 0.5, 0.5], headcount: 1 },
    ]);
    // Prototype waits for the data engineer hire (productive at 13), 9 weeks (6–12); production 9 weeks (6–12).
    expect(startWeeks(model.byArchitecture.fine_tuning)).toEqual({ deep_learning_engineer: 2, mlops_engineer: 9, data_engineer: 9, evaluation_engineer: 0, ai_product_engineer: 0 });
    expect(model.byArchitecture.fine_tuning.calendar.phaseStart).toEqual({ prototype: 13, production: 22, scale: 31 });
  });

  it.each<FirstYearRow>([
    {
      architecture: "fine_tuning",
      launchWeek: 31,
      // DL engineer (senior contract) 2–31 × 1 + 31–52 × 0.25 = 29 + 5.25 = 34.25 × 8,110.77 = 277,793.85
      // MLOps 9–31 × 1 + 31–52 × 0.5 = 22 + 10.5 = 32.5 × 5,190 = 168,675
      // data 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // evaluation and AI product (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940 each
      // one-time 2 × 4,700 + 2 × 2,000 = 13,400        people = 841,333.85
      people: 841_333.85,
      // build: 6 runs × 12 GPU-h (thousands of examples) × $3.50 = 252
      // run 200,000 × 600 × $0.003/1k = 360 + retraining 1/12 × 12 × $3.50 = 3.50: 363.50 × (52 − 31) × 12/52
      //   = 4.8462 months = 1,761.58        other = 2,013.58
      other: 2_013.58,
      total: 843_347.42,
    },
    {
      architecture: "prompt_engineering",
      launchWeek: 9,
      // Prototype 3–6 (everyone trained, productive at 3), production 6–9 (3 weeks each).
      // AI product engineer (senior, trained) 0–52 × 1 = 52 × 6,590 = 342,680
      // evaluation (trained) 0–52 × 0.5 = 26 × 5,190 = 134,940
      // MLOps (mid contract, needed only after launch) 2–52 × 0.25 = 12.5 × 6,387.69 = 79,846.15
      // one-time 2 × 2,000 = 4,000        people = 561,466.15
      people: 561_466.15,
      // run: 200,000 × 1,500 × $0.002/1k = 600 a month × (52 − 9) × 12/52 = 9.9231 months = 5,953.85
      other: 5_953.85,
      total: 567_420,
    },
    {
      architecture: "rag",
      launchWeek: 25.5,
      // Prototype 16–19.5, production 19.5–25.5.
      // RAG engineer 12–52 × 1 = 40 × 6,590 = 263,600; MLOps and data 9–52 × 0.5 = 111,585 each;
      // evaluation and AI product (trained) 0–52 × 0.5 = 134,940 each
      // one-time 3 × 4,700 + 2 × 2,000 = 18,100        people = 774,750
      people: 774_750,
      // build: 20,000 tokens × $0.02/M = 0.0004
      // run 200,000 × 4,000 × $0.002/1k = 1,600 + query embedding 0.20 + vector store 50 + 50 vectors × $15/M + 200,000 × $10/M (2)
      //   = 1,652.20 × (52 − 25.5) × 12/52 = 6.1154 months = 10,103.84
      other: 10_103.84,
      total: 784_853.84,
    },
    {
      architecture: "hybrid",
      launchWeek: 38,
      // Prototype 16–27, production 27–38. The DL engineer leads; at 0.5 after launch the role is not a short need, so it is hired.
      // DL engineer 12–38 × 1 + 38–52 × 0.5 = 33 × 6,590 = 217,470
      // RAG engineer (senior) 12–52 × 1 = 40 × 6,590 = 263,600
      // MLOps 9–52 × 1 = 43 × 5,190 = 223,170
      // data 9–52 × 0.5 = 111,585
      // evaluation (trained) 0–27 × 0.5 + 27–38 × 1 + 38–52 × 0.5 = 13.5 + 11 + 7 = 31.5 × 5,190 = 163,485
      // AI product (trained) 0–52 × 0.5 = 134,940
      // one-time 4 × 4,700 + 2 × 2,000 = 22,800        people = 1,137,050
      people: 1_137_050,
      // build 252 + 0.0004
      // run 200,000 × 3,100 × $0.003/1k = 1,860 + 0.20 + 52.00 = 1,912.20, retraining 3.50: 1,915.70 × (52 − 38) × 12/52
      //   = 3.2308 months = 6,189.19        other = 6,441.19
      other: 6_441.19,
      total: 1_143_491.19,
    },
  ])("first year of $architecture: $total", (row) => checkFirstYear(model, row));

  it.each<BreakEvenRow>([
    {
      // RAG is cheaper at 12 months; fine-tuning pays it back in month 15.
      // From month 9 (both launched) each adds a steady month:
      //   RAG: 28,556.67 (RAG engineer) + 4 × 11,245 (four half-time mid roles) + 1,652.20 run = 75,188.87
      //   fine-tuning: 8,786.67 (0.25 senior contractor: 263,600 × 1.6 / 12 / 4) + 4 × 11,245 + 363.50 = 54,130.17
      // Month 14: RAG 784,853.84 + 2 × 75,188.87 = 935,231.58; fine-tuning 843,347.42 + 2 × 54,130.17 = 951,607.76
      // Month 15: RAG 935,231.58 + 75,188.87 = 1,010,420.45; fine-tuning 951,607.76 + 54,130.17 = 1,005,737.93
      a: "rag",
      b: "fine_tuning",
      month: 15,
      // Month 1: RAG pays two half-time trained people (22,490 + 4,000); fine-tuning also a contractor from week 2.
      cheaperFirst: "rag",
      cheaperAtEnd: "fine_tuning",
      before: [935_231.58, 951_607.76],
      at: [1_010_420.45, 1_005_737.93],
    },
    {
      // The prompt (which the team measured as falling short) is cheaper from month 2 to month 24: at scale it costs
      // 28,556.67 + 11,245 + 6,920 (0.25 mid contractor) + 600 = 47,321.67 a month against fine-tuning's 54,130.17.
      // Month 1 (week 4⅓): fine-tuning 2⅓ × 8,110.77 + 2 × 4⅓ × 2,595 + 4,000 + build 252 × 4⅓/31
      //   = 18,925.13 + 22,490 + 4,000 + 35.23 = 45,450.36; prompt 4⅓ × 6,590 + 4⅓ × 2,595 + 2⅓ × 1,596.92 + 4,000
      //   = 28,556.67 + 11,245 + 3,726.15 + 4,000 = 47,527.82
      // Month 2 (week 8⅔): fine-tuning 6⅔ × 8,110.77 + 2 × 8⅔ × 2,595 + 4,000 + 252 × 8⅔/31 = 54,071.79 + 44,980 + 4,000 + 70.45
      //   = 103,122.24; prompt 8⅔ × 6,590 + 8⅔ × 2,595 + 6⅔ × 1,596.92 + 4,000 = 57,113.33 + 22,490 + 10,646.15 + 4,000 = 94,249.49
      a: "prompt_engineering",
      b: "fine_tuning",
      month: 2,
      cheaperFirst: "fine_tuning",
      cheaperAtEnd: "prompt_engineering",
      before: [47_527.82, 45_450.36],
      at: [94_249.49, 103_122.24],
    },
  ])("break-even $a / $b: month $month", (row) => checkBreakEven(model, row));
});

describe("hybrid legal assistant: drafts in the firm's structure from a large, weekly-changing body of law, citing every source", () => {
  const { result, model } = run(hybridLegalAssistantTraits);

  it("recommends the hybrid, with RAG second", () => {
    expect(result.recommendation.architecture).toBe("hybrid");
    expect(result.recommendation.runnerUp).toBe("rag");
  });

  it("staffs it with six roles: the RAG lead and two evaluation engineers trained, the DL engineer and the rest hired", () => {
    // Base hybrid staffing; the large corpus adds 0.5 data engineer after the prototype, high stakes and required
    // citations 0.5 evaluation. RAG leads (it outscores fine-tuning); a hybrid's DL engineer is senior; evaluation
    // senior (high error cost). The team has retrieval (one of the RAG engineer's two skills; months to ship, so train)
    // and evaluation (train).
    expect(team(model.byArchitecture.hybrid)).toEqual<TeamRow[]>([
      { role: "rag_engineer", seniority: "senior", sourcing: "train", fte: [1, 1, 1], headcount: 1 },
      { role: "deep_learning_engineer", seniority: "senior", sourcing: "hire", fte: [1, 1, 0.5], headcount: 1 },
      { role: "mlops_engineer", seniority: "mid", sourcing: "hire", fte: [0, 1, 1], headcount: 1 },
      { role: "data_engineer", seniority: "mid", sourcing: "hire", fte: [0.5, 1, 1], headcount: 1 },
      { role: "evaluation_engineer", seniority: "senior", sourcing: "train", fte: [0.5, 1.5, 1], headcount: 2 },
      { role: "ai_product_engineer", seniority: "mid", sourcing: "hire", fte: [0, 0.5, 0.5], headcount: 1 },
    ]);
    // Prototype waits for the DL engineer hire (productive at 16), 11 weeks (8–14); production 13 weeks (8–14, + 2 for
    // high stakes, so 10–16).
    expect(startWeeks(model.byArchitecture.hybrid)).toEqual({
      rag_engineer: 0,
      deep_learning_engineer: 12,
      mlops_engineer: 9,
      data_engineer: 9,
      evaluation_engineer: 0,
      ai_product_engineer: 9,
    });
    expect(model.byArchitecture.hybrid.calendar.phaseStart).toEqual({ prototype: 16, production: 27, scale: 40 });
  });

  it.each<FirstYearRow>([
    {
      architecture: "hybrid",
      launchWeek: 40,
      // RAG engineer (senior, trained) 0–52 × 1 = 52 × 6,590 = 342,680
      // DL engineer 12–40 × 1 + 40–52 × 0.5 = 28 + 6 = 34 × 6,590 = 224,060
      // MLOps 9–52 × 1 = 43 × 5,190 = 223,170
      // data 9–27 × 0.5 + 27–52 × 1 = 9 + 25 = 34 × 5,190 = 176,460
      // evaluation (senior, trained) 0–27 × 0.5 + 27–40 × 1.5 + 40–52 × 1 = 13.5 + 19.5 + 12 = 45 × 6,590 = 296,550
      // AI product 9–52 × 0.5 = 21.5 × 5,190 = 111,585
      // one-time 4 hires × 4,700 = 18,800; trained RAG 1 + evaluation 2 = 3 × 2,000 = 6,000        people = 1,399,305
      people: 1_399_305,
      // build 40 (embedding 2B tokens) + 6 runs × 12 GPU-h × $3.50 (252) = 292
      // run 500,000 × 3,100 × $0.003/1k = 4,650 + query embedding 0.50 + re-embedding 10 + vector store 50 + 75 + 5 = 4,790.50,
      //   retraining 0.25 × 12 × 3.50 = 10.50: 4,801 × (52 − 40) × 12/52 = 2.7692 months = 13,295.08        other = 13,587.08
      other: 13_587.08,
      total: 1_412_892.08,
    },
    {
      architecture: "rag",
      launchWeek: 24.5,
      // Prototype 13–16.5 (waits for the AI product hire; 3.5 weeks), production 16.5–24.5 (8 weeks, 6–10).
      // RAG engineer (trained) 0–52 × 1 = 342,680; evaluation (senior, trained) 0–52 × 1 = 342,680
      // MLOps 9–52 × 0.5 = 111,585; data 9–52 × 1 = 223,170; AI product 9–52 × 0.5 = 111,585
      // one-time 3 × 4,700 + 2 × 2,000 = 18,100        people = 1,149,800
      people: 1_149_800,
      // build 40
      // run 500,000 × 4,000 × $0.002/1k = 4,000 + 0.50 + 10 + 130 = 4,140.50 × (52 − 24.5) × 12/52 = 6.3462 months
      //   = 26,276.25        other = 26,316.25
      other: 26_316.25,
      total: 1_176_116.25,
    },
    {
      architecture: "fine_tuning",
      launchWeek: 36,
      // Prototype 16–25 (9 weeks), production 25–36 (11 weeks, 6–12 + 2). Weekly change keeps the DL engineer at 1.
      // DL engineer 12–52 × 1 = 40 × 6,590 = 263,600
      // MLOps 9–36 × 1 + 36–52 × 0.5 = 27 + 8 = 35 × 5,190 = 181,650
      // data 9–52 × 0.5 = 111,585; AI product 9–52 × 0.5 = 111,585
      // evaluation (senior, trained) 0–25 × 0.5 + 25–52 × 1 = 12.5 + 27 = 39.5 × 6,590 = 260,305
      // one-time 4 × 4,700 + 2,000 = 20,800        people = 949,525
      people: 949_525,
      // build: 6 runs × (12 GPU-h for the examples + 400 for the large corpus) × $3.50 = 8,652
      // run 500,000 × 600 × $0.003/1k = 900 + retraining 4.35 × 412 × $3.50 = 6,272.70: 7,172.70 × (52 − 36) × 12/52
      //   = 3.6923 months = 26,483.82        other = 35,135.82
      other: 35_135.82,
      total: 984_660.82,
    },
    {
      architecture: "prompt_engineering",
      launchWeek: 24,
      // Prototype 16–19, production 19–24 (2–4 + 2).
      // AI product engineer (senior) 12–52 × 1 = 40 × 6,590 = 263,600
      // evaluation (senior, trained, 1 FTE) 0–52 × 1 = 342,680
      // MLOps (mid contract, needed only after launch) 2–52 × 0.25 = 12.5 × 6,387.69 = 79,846.15
      // one-time 4,700 + 2,000 = 6,700        people = 692,826.15
      people: 692_826.15,
      // run: 500,000 × 9,500 × $0.002/1k = 9,500 a month × (52 − 24) × 12/52 = 6.4615 months = 61,384.62
      other: 61_384.62,
      total: 754_210.77,
    },
  ])("first year of $architecture: $total", (row) => checkFirstYear(model, row));

  it.each<BreakEvenRow>([
    {
      // RAG, the only other design that qualifies (the prompt cannot hold the corpus, a tuned-only model cannot cite), is
      // dearer for five months: it pays its trained evaluation engineer at 1 FTE from week 0, the hybrid at 0.5. From month 6
      // the hybrid's DL engineer and full-time MLOps engineer make it dearer, and it never pays back: at scale the hybrid
      // costs 28,556.67 + 14,278.33 + 22,490 + 22,490 + 28,556.67 + 11,245 + 4,801 = 132,417.67 a month against RAG's
      // 28,556.67 + 11,245 + 22,490 + 28,556.67 + 11,245 + 4,140.50 = 106,233.83.
      // End of month 5 (week 21⅔):
      //   RAG: senior RAG 21⅔ + evaluation 21⅔ = 43⅓ × 6,590 = 285,566.67; mid MLOps 12⅔ × 0.5 + data 12⅔ + AI product
      //        12⅔ × 0.5 = 25⅓ × 5,190 = 131,480; one-time 18,100; build 40 × 21⅔/24.5 = 35.37   = 435,182.04
      //   hybrid: senior RAG 21⅔ + DL 9⅔ + evaluation 21⅔ × 0.5 = 42⅙ × 6,590 = 277,878.33; mid MLOps 12⅔ + data 12⅔ × 0.5
      //        + AI product 12⅔ × 0.5 = 25⅓ × 5,190 = 131,480; one-time 24,800; build 292 × 21⅔/40 = 158.17   = 434,316.50
      // End of month 6 (week 26):
      //   RAG: senior 26 + 26 = 52 × 6,590 = 342,680; mid 8.5 + 17 + 8.5 = 34 × 5,190 = 176,460; one-time 18,100; build 40;
      //        run 4,140.50 × 1.5 weeks × 12/52 = 1,433.25   = 538,713.25
      //   hybrid: senior 26 + 14 + 13 = 53 × 6,590 = 349,270; mid 17 + 8.5 + 8.5 = 34 × 5,190 = 176,460; one-time 24,800;
      //        build 292 × 26/40 = 189.80   = 550,719.80
      a: "rag",
      b: "hybrid",
      month: 6,
      cheaperFirst: "hybrid",
      cheaperAtEnd: "rag",
      before: [435_182.04, 434_316.5],
      at: [538_713.25, 550_719.8],
    },
  ])("break-even $a / $b: month $month", (row) => checkBreakEven(model, row));
});

export { recommend, previewScores, parseTraits, engineVersion, type ScorePreview } from "./recommend";
export { scoringRules, type ScoringRule } from "./scoring-rules";
export { traitsSchema, traitKeys, teamSkillOptions, unsureTraitKeys } from "./traits";
export { planningDefaults } from "./unsure";
export type { Traits, TraitKey } from "./traits";
export { ValidationError, type FieldIssue } from "@/lib/validation/validation-error";
export { architectures, roles } from "./types";
export type {
  Architecture,
  Recommendation,
  Factor,
  Flip,
  Role,
  RoleNeed,
  RoleProfile,
  Scores,
  Warning,
} from "./types";

import type { Traits } from "@/lib/decision/traits";
import type { Role } from "@/lib/decision/types";
import { planCalendar, type HiringTimes, type PlanCalendar } from "./calendar";
import { withArticle } from "./grammar";
import { assembleStaffingModel, type StaffingModel } from "./model";
import { roleCatalog } from "./role-catalog";
import { byPhase, type Phase, type Sourcing, type SourcingMode, type Staffing } from "./types";

/** After launch, the one engineer of a lean plan keeps this share of their time on the system. */
export const leanAfterLaunchFte = 0.25;

/** What a lean plan gives up when it drops a role, and the managed service (if any) that takes its place. */
const droppedRoleTradeOff: Record<Role, string> = {
  rag_engineer: "No dedicated retrieval engineer for the retrieval half: a contractor sets it up, and tuning it later is slower.",
  deep_learning_engineer: "No dedicated fine-tuning engineer for the tuned half: a contractor runs it on a managed fine-tuning service.",
  mlops_engineer:
    "No MLOps engineer: managed services (a hosted vector database, a managed fine-tuning and hosting service) run the infrastructure, at their prices and within their limits.",
  data_engineer:
    "No data engineer: hosted embeddings and the vector database's own ingestion replace a self-built pipeline; messy or access-controlled sources will need more work later.",
  evaluation_engineer:
    "No evaluation engineer: the lead engineer keeps a small test set and checks it before each release, so quality problems surface later.",
  ai_product_engineer: "No separate application engineer: the lead engineer also builds the product around the model.",
};

const leadTradeOff: Record<SourcingMode, string> = {
  hire: "One permanent engineer carries everything: holidays, illness or a resignation stop the project.",
  contract: "The lead is a contractor: plan the hand-over, or the knowledge leaves with them.",
  train:
    "The lead is someone you already employ, learning as they build: their current work waits, and the first version will be rougher than an experienced specialist's.",
};

function leadSourcing(mode: SourcingMode, role: Role, traits: Traits): Sourcing {
  const title = roleCatalog[role].title;
  const needed = roleCatalog[role].coveredBy;
  const coveredSkills = needed.filter((skill) => traits.teamSkills.includes(skill));
  const missingSkills = needed.filter((skill) => !traits.teamSkills.includes(skill));
  const reasons: Record<SourcingMode, string> = {
    hire: `Hire ${withArticle(title)} who builds the first version with managed services and keeps it running part-time after launch.`,
    contract: `Contract ${withArticle(title)} to build the first version with managed services, then keep them for a few days a month after launch.`,
    train: `An engineer you already employ learns the ${title} basics and builds the first version with managed services; no recruiting, so work can start this month.`,
  };
  return {
    mode,
    decision: mode === "train" ? "train" : "hire",
    engagement: mode === "contract" ? "contractor" : "full_time",
    coveredSkills,
    missingSkills,
    reason: reasons[mode],
  };
}

/** The other half of a hybrid, contracted part-time for the build only. */
function hybridPartner(model: StaffingModel): Role | undefined {
  if (model.architecture !== "hybrid") return undefined;
  return model.primaryRole === "rag_engineer" ? "deep_learning_engineer" : "rag_engineer";
}

/**
 * The fewest people who can ship the recommended architecture: its lead role full-time until launch and a quarter of
 * a person after it, filled the given way; a hybrid adds its other half as a half-time contract until launch. Managed
 * services replace the rest of the team.
 */
export function leanStaffingModel(full: StaffingModel, traits: Traits, lead: SourcingMode): StaffingModel {
  const partner = hybridPartner(full);
  const staffing = byPhase((phase: Phase): Staffing => {
    const building = phase !== "scale";
    const team: Staffing = { [full.primaryRole]: building ? 1 : leanAfterLaunchFte };
    if (partner !== undefined && building) team[partner] = 0.5;
    return team;
  });
  // The lean team is the lead and, in a hybrid, its partner: nobody else.
  return assembleStaffingModel(traits, full.architecture, full.primaryRole, staffing, (role) =>
    role === full.primaryRole
      ? leadSourcing(lead, role, traits)
      : { ...leadSourcing("contract", role, traits), reason: `A contractor builds the ${roleCatalog[role].title} side until launch.` },
  );
}

/** What a lean plan gives up against the full one: every dropped role, the lead's risk, the smaller team after launch. */
export function leanTradeOffs(full: StaffingModel, lean: StaffingModel): string[] {
  const kept = new Set(lean.roles.map((role) => role.role));
  return [
    ...full.roles.filter((role) => !kept.has(role.role)).map((role) => droppedRoleTradeOff[role.role]),
    ...lean.roles.filter((role) => role.isPrimary).map((role) => leadTradeOff[role.sourcing.mode]),
    `After launch a quarter of one person looks after the system, so improvements come slowly.`,
  ];
}

export const fasterPathKinds = ["contract_first", "train_existing", "managed_services"] as const;
export type FasterPathKind = (typeof fasterPathKinds)[number];

export interface FasterPath {
  kind: FasterPathKind;
  title: string;
  summary: string;
  model: StaffingModel;
  calendar: PlanCalendar;
}

/** The full plan's team with some roles filled another way. */
function withSourcing(full: StaffingModel, traits: Traits, sourcingFor: (role: Role, current: Sourcing) => Sourcing | undefined): StaffingModel {
  return assembleStaffingModel(traits, full.architecture, full.primaryRole, full.staffing, sourcingFor);
}

/**
 * Ways to put a first version in users' hands sooner than hiring allows: contract every role that would be hired,
 * train people you already employ for the roles the prototype needs, or build with one contractor on managed services
 * while the supporting roles join after launch.
 */
export function fasterPaths(full: StaffingModel, traits: Traits, times: HiringTimes): FasterPath[] {
  const contractFirst = withSourcing(full, traits, (_role, current) =>
    current.mode === "hire"
      ? { ...current, mode: "contract", engagement: "contractor", reason: "Contract first, and recruit the permanent person while the contractor builds." }
      : undefined,
  );
  const inPrototype = new Set(full.roles.filter((role) => role.fteByPhase.prototype > 0).map((role) => role.role));
  const trainPrototype = withSourcing(full, traits, (role, current) =>
    inPrototype.has(role) && current.mode === "hire" ? leadSourcing("train", role, traits) : undefined,
  );
  const lean = leanStaffingModel(full, traits, "contract");
  const leanSourcing = new Map(lean.roles.map((role) => [role.role, role.sourcing]));
  // The lean team keeps its contracts; roles that join after launch are filled as in the full plan.
  const managed = assembleStaffingModel(traits, full.architecture, full.primaryRole, managedStaffing(full, lean), (role) => leanSourcing.get(role));
  const paths: Omit<FasterPath, "calendar">[] = [
    { kind: "contract_first", title: "Contractors first", summary: "Contract the roles you would hire, and recruit permanent staff while the contractors build.", model: contractFirst },
    {
      kind: "train_existing",
      title: "Train people you have",
      summary: "Engineers you already employ take the roles the prototype needs after a short course: no recruiting and no notice period.",
      model: trainPrototype,
    },
    {
      kind: "managed_services",
      title: "Managed services",
      summary:
        "One contractor builds on a hosted vector database and hosted embeddings (or a managed fine-tuning service); the rest of the team joins after launch.",
      model: managed,
    },
  ];
  return paths.map((path) => ({ ...path, calendar: planCalendar(path.model, times, traits.timeToShip) }));
}

/** Until launch the lean team alone; after launch the full plan's team. */
function managedStaffing(full: StaffingModel, lean: StaffingModel): Record<Phase, Staffing> {
  return byPhase((phase) => (phase === "scale" ? { ...full.staffing.scale } : { ...lean.staffing[phase] }));
}

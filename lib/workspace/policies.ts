// Who may do what in a team: one table, asked by lib/server/workspace before every read and write. Pure.
// Deny by default: no actor, no membership, or an action not in the table is a no.

export const roles = ["owner", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** A signed-in person. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
}

/** A team as the policy sees it: whether it is someone's personal space, and the actor's role there (null: not a member). */
export interface TeamResource {
  personal: boolean;
  role: Role | null;
}

export const actions = [
  "team:read",
  "team:rename",
  "team:leave",
  "member:list",
  "member:change-role",
  "member:remove",
  "team:transfer-ownership",
  "invite:manage",
  "assessment:read",
  "assessment:create",
  "assessment:edit",
  "share-link:manage",
  "answer-request:manage",
  "comment:write",
  "comment:moderate",
  "review:vote",
  "review:change-status",
  "calibration:start",
  "calibration:answer",
  "calibration:settle",
  "activity:read",
  "team:export",
  "team:import",
] as const;
export type Action = (typeof actions)[number];

const everyone: readonly Role[] = roles;
const writers: readonly Role[] = ["owner", "editor"];
const owners: readonly Role[] = ["owner"];

/** The roles allowed each action. */
export const permissions: Readonly<Record<Action, readonly Role[]>> = {
  "team:read": everyone,
  "team:rename": owners,
  "team:leave": everyone,
  "member:list": everyone,
  "member:change-role": owners,
  "member:remove": owners,
  "team:transfer-ownership": owners,
  "invite:manage": owners,
  "assessment:read": everyone,
  "assessment:create": writers,
  "assessment:edit": writers,
  "share-link:manage": writers,
  "answer-request:manage": writers,
  // Reviewing is everyone's: viewers are the people consulted, so they comment and vote too.
  "comment:write": everyone,
  // Removing someone else's comment.
  "comment:moderate": owners,
  "review:vote": everyone,
  "review:change-status": writers,
  "calibration:start": writers,
  "calibration:answer": everyone,
  "calibration:settle": writers,
  "activity:read": everyone,
  "team:export": owners,
  "team:import": owners,
};

/** What a personal space never allows, whoever asks: it has one member for good. */
const notInPersonalSpace: ReadonlySet<Action> = new Set([
  "team:leave",
  "member:change-role",
  "member:remove",
  "team:transfer-ownership",
  "invite:manage",
]);

export function can(actor: Actor | null, action: Action, team: TeamResource): boolean {
  if (actor === null || team.role === null) return false;
  if (team.personal && notInPersonalSpace.has(action)) return false;
  const allowed = permissions[action] as readonly Role[] | undefined;
  return allowed !== undefined && allowed.includes(team.role);
}

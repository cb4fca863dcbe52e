import { describe, expect, it } from "vitest";
import { actions, can, permissions, roles, type Action, type Actor, type Role } from "./policies";

const actor: Actor = { userId: "u1", name: "Ada", email: "ada@example.com" };

describe("can(actor, action, team)", () => {
  it("denies everything to no one and to non-members", () => {
    for (const action of actions) {
      expect(can(null, action, { personal: false, role: "owner" })).toBe(false);
      expect(can(actor, action, { personal: false, role: null })).toBe(false);
    }
  });

  it("denies an action it does not know", () => {
    expect(can(actor, "team:delete-everything" as Action, { personal: false, role: "owner" })).toBe(false);
  });

  const expected: Record<Role, readonly Action[]> = {
    owner: actions,
    editor: [
      "team:read",
      "team:leave",
      "member:list",
      "assessment:read",
      "assessment:create",
      "assessment:edit",
      "share-link:manage",
      "answer-request:manage",
      "comment:write",
      "review:vote",
      "review:change-status",
      "calibration:start",
      "calibration:answer",
      "calibration:settle",
      "activity:read",
    ],
    viewer: ["team:read", "team:leave", "member:list", "assessment:read", "comment:write", "review:vote", "calibration:answer", "activity:read"],
  };

  it.each(roles)("gives %s exactly its actions in a shared team", (role) => {
    const allowed = actions.filter((action) => can(actor, action, { personal: false, role }));
    expect(allowed).toEqual(expected[role]);
  });

  it("keeps a personal space to its one member: no invites, role changes, removal, transfer or leaving", () => {
    const allowed = actions.filter((action) => can(actor, action, { personal: true, role: "owner" }));
    expect(allowed).toEqual([
      "team:read",
      "team:rename",
      "member:list",
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
    ]);
  });

  it("lists a rule for every action", () => {
    expect(Object.keys(permissions).sort()).toEqual([...actions].sort());
  });
});

import { describe, expect, it } from "vitest";
import { actions, can, isRole, permissions, roles, type Action, type Actor, type Role } from "./policies";

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

  // Every action × role × shared / personal, written out: O = owner, E = editor, V = viewer; "-" = nobody.
  const table: [Action, shared: string, personal: string][] = [
    ["team:read", "OEV", "OEV"],
    ["team:rename", "O", "O"],
    ["team:leave", "OEV", "-"],
    ["member:list", "OEV", "OEV"],
    ["member:change-role", "O", "-"],
    ["member:remove", "O", "-"],
    ["team:transfer-ownership", "O", "-"],
    ["invite:manage", "O", "-"],
    ["assessment:read", "OEV", "OEV"],
    ["assessment:create", "OE", "OE"],
    ["assessment:edit", "OE", "OE"],
    ["share-link:manage", "OE", "OE"],
    ["answer-request:manage", "OE", "OE"],
    ["comment:write", "OEV", "OEV"],
    ["comment:moderate", "O", "O"],
    ["review:vote", "OEV", "OEV"],
    ["review:change-status", "OE", "OE"],
    ["calibration:start", "OE", "OE"],
    ["calibration:answer", "OEV", "OEV"],
    ["calibration:settle", "OE", "OE"],
    ["activity:read", "OEV", "OEV"],
    ["team:export", "O", "O"],
    ["team:import", "O", "O"],
  ];
  const letter: Record<Role, string> = { owner: "O", editor: "E", viewer: "V" };

  it("the table covers every action once", () => {
    expect(table.map(([action]) => action)).toEqual([...actions]);
  });

  it.each(table)("%s: shared %s, personal %s", (action, shared, personal) => {
    for (const role of roles) {
      expect(can(actor, action, { personal: false, role }), `${role} in a shared team`).toBe(shared.includes(letter[role]));
      expect(can(actor, action, { personal: true, role }), `${role} in a personal space`).toBe(personal.includes(letter[role]));
      expect(can(null, action, { personal: false, role }), `signed-out ${role}`).toBe(false);
      expect(can(null, action, { personal: true, role }), `signed-out ${role}, personal`).toBe(false);
    }
    expect(can(actor, action, { personal: false, role: null })).toBe(false);
    expect(can(actor, action, { personal: true, role: null })).toBe(false);
  });
});

describe("isRole", () => {
  it.each([
    ["owner", true],
    ["editor", true],
    ["viewer", true],
    ["Owner", false],
    ["admin", false],
    ["", false],
    [" owner", false],
    [null, false],
    [undefined, false],
    [0, false],
    [1, false],
    [true, false],
    [["owner"], false],
    [{ role: "owner" }, false],
  ] as [unknown, boolean][])("isRole(%j) is %s", (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});

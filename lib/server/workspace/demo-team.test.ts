import { describe, expect, it } from "vitest";
import { makeUser } from "@/tests/fixtures/workspace";
import { listAssessments } from "./dashboard";
import { joinDemoTeam } from "./demo-team";
import { listTeams } from "./teams";

describe("demo team", () => {
  it("is not joined while DEMO_TEAM is off (the default)", async () => {
    const user = await makeUser();
    expect((await listTeams(user.actor)).map((t) => t.slug)).not.toContain("demo-team");
  });

  it("when on, adds the user as a viewer of a team with three saved assessments, made once", async () => {
    const [first, second] = [await makeUser(), await makeUser()];
    await joinDemoTeam(first.actor.userId, true);
    await joinDemoTeam(second.actor.userId, true);
    const demo = (await listTeams(second.actor)).find((t) => t.slug === "demo-team");
    expect(demo).toMatchObject({ name: "Demo team", role: "viewer" });
    const page = await listAssessments(second.actor, demo!.id, {});
    expect(page.total).toBe(3);
  });
});

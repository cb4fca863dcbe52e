import { describe, expect, it } from "vitest";
import { makeAssessment, makeTeam, makeTraits, makeUser } from "@/tests/fixtures/workspace";
import { reviseAssessment } from "./assessments";
import { createShareLink, revokeShareLink } from "./share-links";
import { internalRewriteKey, loadSnapshot, sharedSnapshotPath } from "./shared-snapshot";

const parts = (path: string) => {
  const [, , id, version, signature] = path.split("/");
  return { id: decodeURIComponent(id!), version: Number(version), signature: signature! };
};

describe("kept share-link pages", () => {
  it("a valid token maps to a signed path of the current version; an edit moves it; revoking stops it", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const saved = await makeAssessment(team, owner);
    const { token, link } = await createShareLink(owner.actor, saved.id, {});
    const first = await sharedSnapshotPath(token);
    expect(first).toMatch(new RegExp(`^/shared-snapshot/${saved.id}/1/[A-Za-z0-9_-]{43}$`));
    const { id, version, signature } = parts(first!);
    expect((await loadSnapshot(id, version, signature))?.assessment.id).toBe(saved.id);

    await reviseAssessment(owner.actor, saved.id, { version: 1, answers: makeTraits({ latency: "strict" }) });
    const second = await sharedSnapshotPath(token);
    expect(second).not.toBe(first);
    // The old version's page is no longer served (its version is not current).
    expect(await loadSnapshot(id, version, signature)).toBeNull();

    await revokeShareLink(owner.actor, saved.id, link.id);
    expect(await sharedSnapshotPath(token)).toBeNull();
  });

  it("refuses a forged signature, another assessment's signature and a non-integer version", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const a = await makeAssessment(team, owner);
    const b = await makeAssessment(team, owner);
    const pathA = parts((await sharedSnapshotPath((await createShareLink(owner.actor, a.id, {})).token))!);
    expect(await loadSnapshot(b.id, 1, pathA.signature)).toBeNull();
    expect(await loadSnapshot(a.id, 1, "x".repeat(43))).toBeNull();
    expect(await loadSnapshot(a.id, 1.5, pathA.signature)).toBeNull();
    expect(internalRewriteKey("/shared-snapshot/a/1/x")).not.toBe(internalRewriteKey("/shared-snapshot/a/2/x"));
  });
});

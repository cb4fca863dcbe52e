import "server-only";
import { database } from "../db";

/** Every user's own space: a team of one, made with the account, never shared or left. */
export async function createPersonalSpace(userId: string, name: string): Promise<void> {
  const db = await database();
  await db.team.create({
    data: {
      name: `${name.trim() || "My"}'s space`.slice(0, 80),
      slug: `personal-${userId.toLowerCase().replace(/[^a-z0-9]/g, "")}`,
      personal: true,
      members: { create: { userId, role: "owner" } },
    },
  });
}

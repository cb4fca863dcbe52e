import "server-only";
import type { ActionState } from "@/lib/workspace/action-state";
import { WorkspaceError } from "./errors";

const messages: Record<WorkspaceError["kind"], string> = {
  unauthenticated: "Your session has ended. Sign in again.",
  not_found: "Not found. It may have been removed, or you no longer have access.",
  forbidden: "Your role in this team does not allow that.",
  conflict: "Someone else changed this first.",
  invalid: "Check the highlighted fields.",
};

/** Runs a server action's work; a refusal becomes a message for the form, anything else is logged and kept vague. */
export async function runAction(work: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkspaceError) {
      return { status: "error", message: error.kind === "invalid" ? messages.invalid : error.message || messages[error.kind], issues: error.issues };
    }
    // Next's redirect() and notFound() throw on purpose: let them through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("server action failed", error);
    return { status: "error", message: "Something went wrong on our side. Try again.", issues: [] };
  }
}

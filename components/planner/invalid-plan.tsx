import { InvalidLinkPage } from "@/components/shared/invalid-answers-list";
import type { AnswerIssue } from "@/lib/server/answers-loader";

/** A planner link that cannot be planned: what is missing or wrong, and the way back to the questions. */
export function InvalidPlan({ issues, anyGiven }: { issues: AnswerIssue[]; anyGiven: boolean }) {
  return (
    <InvalidLinkPage
      eyebrow="Team and cost plan"
      testId="invalid-plan"
      title={anyGiven ? "This plan link is missing some answers" : "No answers to plan from yet"}
      explanation={
        anyGiven
          ? "A plan is built from the answers carried in its link. Some of this link's answers are missing or not recognised, so there is no team or budget to plan yet."
          : "A plan is built from your answers about the project. Answer the questions (about five minutes, no account needed): the result page links to its team and cost plan."
      }
      issues={issues}
      anyGiven={anyGiven}
    />
  );
}

import { InvalidLinkPage } from "@/components/shared/invalid-answers-list";
import type { AnswerIssue } from "@/lib/server/answers-loader";

/** A friendly explanation of a results link that cannot be scored: what is missing or wrong, and the way back. */
export function InvalidResults({ issues, anyGiven }: { issues: AnswerIssue[]; anyGiven: boolean }) {
  return (
    <InvalidLinkPage
      eyebrow="Results"
      testId="invalid-results"
      title={anyGiven ? "This link is missing some answers" : "No answers in this link yet"}
      explanation={
        anyGiven
          ? "A results link carries every answer in the address itself. This one has answers that are missing or not recognised, so there is nothing to score yet."
          : "A results link carries every answer in the address itself. Answer the questions (about five minutes, no account needed) and you will get a link like that to keep and share."
      }
      issues={issues}
      anyGiven={anyGiven}
    />
  );
}

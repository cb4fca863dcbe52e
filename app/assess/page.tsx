import type { Metadata } from "next";
import { steps } from "@/lib/decision/trait-catalog";
import { Wizard } from "@/components/wizard/wizard";

export const metadata: Metadata = {
  title: "Assess your project",
  description: `Six short steps — ${steps.map((s) => s.title.toLowerCase()).join(", ")} — and a live view of which architecture your project leans to.`,
};

export default function AssessPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
      <h1 className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">Assess your project</h1>
      <p className="sr-only">
        Answer the questions in six steps. Your answers are saved in this browser only, so you can close the tab and come back.
      </p>
      <Wizard />
    </div>
  );
}

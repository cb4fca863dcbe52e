import Link from "next/link";
import { architectureBlurbs, architectureLabels, steps } from "@/lib/decision/trait-catalog";
import { architectures } from "@/lib/decision/types";
import { paths } from "@/lib/paths";

const deliverables = [
  { title: "A recommendation you can defend", text: "Prompt engineering, RAG, fine-tuning or a hybrid, with a confidence and the reasons behind it." },
  { title: "What would change it", text: "The single answers that would tip the decision, so you know which assumptions to check first." },
  { title: "Whom to hire", text: "The roles, seniority and skills the chosen architecture needs, and where your team already covers it." },
];

/** The promise and the way in: who the tool is for, what it asks, and the start button. */
export function HomeHero() {
  return (
    <section aria-labelledby="hero-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">
        For product, engineering and hiring leads
      </p>
      <h1 id="hero-title" className="mt-3 max-w-3xl text-3xl font-bold tracking-tight text-balance sm:text-5xl">
        RAG, fine-tuning, both — or just a better prompt? And whom should you hire?
      </h1>
      <p className="mt-5 max-w-2xl text-lg text-slate-600 dark:text-slate-300">
        Answer plain questions about your project: what the model must know or do, how fast your facts change, your
        latency, data, budget and team. You get an explainable recommendation, the answers that would change it, and the
        roles to hire.
      </p>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
        <Link
          href={paths.assess()}
          className="rounded-lg bg-brand-600 px-5 py-3 text-center font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          Start the assessment
        </Link>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          About five minutes · no account · answers stay in your browser
        </p>
      </div>
    </section>
  );
}

/** The three things an assessment gives back. */
export function WhatYouGet() {
  return (
    <section aria-labelledby="get-title" className="mt-16 sm:mt-24">
      <h2 id="get-title" className="text-xl font-bold tracking-tight sm:text-2xl">
        What you get
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-3">
        {deliverables.map((item, index) => (
          <li key={item.title} className="flex gap-3 sm:flex-col">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-700 dark:bg-slate-800 dark:text-brand-300"
            >
              {index + 1}
            </span>
            <div>
              <h3 className="font-semibold">{item.title}</h3>
              <p className="mt-1 text-slate-600 dark:text-slate-300">{item.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The four architectures the engine can recommend, each in one line. */
export function FourAnswers() {
  return (
    <section aria-labelledby="outcomes-title" className="mt-16 sm:mt-24">
      <h2 id="outcomes-title" className="text-xl font-bold tracking-tight sm:text-2xl">
        Four possible answers
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {architectures.map((architecture) => (
          <li key={architecture} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h3 className="font-semibold">{architectureLabels[architecture]}</h3>
            <p className="mt-1 text-slate-600 dark:text-slate-300">{architectureBlurbs[architecture]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The wizard's steps, in order, with what each asks about. */
export function SixSteps() {
  return (
    <section aria-labelledby="steps-title" className="mt-16 sm:mt-24">
      <h2 id="steps-title" className="text-xl font-bold tracking-tight sm:text-2xl">
        Six short steps
      </h2>
      <ol className="mt-6 grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.id} className="border-l-2 border-brand-100 pl-4 dark:border-slate-700">
            <h3 className="font-semibold">
              <span className="text-slate-500 dark:text-slate-400">{index + 1}. </span>
              {step.title}
            </h3>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{step.intro}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

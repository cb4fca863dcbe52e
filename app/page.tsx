import Link from "next/link";

const outcomes = [
  { name: "Prompt engineering", text: "A carefully built prompt with examples and evaluation may already be enough." },
  { name: "RAG", text: "Retrieve your documents at answer time when the problem is knowledge that moves." },
  { name: "Fine-tuning", text: "Train the model's weights when the problem is behaviour: format, tone, vocabulary." },
  { name: "Hybrid", text: "A tuned model for the voice, retrieval for fresh facts — when you need both." },
];

export default function HomePage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">For product and hiring leads</p>
      <h1 className="mt-3 max-w-3xl text-3xl font-bold tracking-tight sm:text-5xl">
        RAG, fine-tuning, both — or just a better prompt? And whom should you hire?
      </h1>
      <p className="mt-5 max-w-2xl text-lg text-slate-600 dark:text-slate-300">
        Answer plain questions about your project: what the model must know or do, how fast your facts change, your latency,
        data, budget and team. You get an explainable recommendation, the answers that would change it, and the roles to hire.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/assess"
          className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          Start the assessment
        </Link>
        <span className="self-center text-sm text-slate-500 dark:text-slate-400">About five minutes · no account needed</span>
      </div>
      <ul className="mt-14 grid gap-4 sm:grid-cols-2">
        {outcomes.map((outcome) => (
          <li key={outcome.name} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h2 className="font-semibold">{outcome.name}</h2>
            <p className="mt-1 text-slate-600 dark:text-slate-300">{outcome.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { HiringPlan, JobDescription, RolePlan, Scorecard } from "@/lib/hiring";
import type { RoleKit } from "@/lib/server/answers-loader";
import { MarkdownActions } from "./markdown-actions";
import { sourcingModeLabels } from "@/lib/hiring";
import { card, muted } from "@/components/shared/ui";

function Bullets({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <>
      <h4 className="mt-4 font-semibold">{title}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function JobDescriptionView({ jd }: { jd: JobDescription }) {
  return (
    <div className="text-sm" data-testid="job-description">
      <p className="text-base font-semibold">{jd.heading}</p>
      <p className={`mt-2 ${muted}`}>{jd.summary}</p>
      <Bullets title="What you will do" items={jd.responsibilities} />
      <Bullets title="What you bring" items={jd.requirements} />
      <Bullets title="Nice to have" items={jd.niceToHaves} />
      <Bullets title="Success after 90 days" items={jd.successAfter90Days} />
    </div>
  );
}

function ScorecardView({ scorecard }: { scorecard: Scorecard }) {
  return (
    <div className="text-sm" data-testid="scorecard">
      <p className={muted}>{scorecard.guidance}</p>
      <ol className="mt-3 space-y-4">
        {scorecard.competencies.map((competency, index) => (
          <li key={competency.name} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <h4 className="font-semibold">
              {index + 1}. {competency.name}
            </h4>
            <p className={`italic ${muted}`}>{competency.assesses}</p>
            <ol className="mt-2 list-decimal space-y-1 pl-5">
              {competency.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ol>
            <dl className="mt-2 grid gap-2 sm:grid-cols-2">
              <div className="rounded-md border-l-4 border-emerald-500 bg-white p-2 dark:bg-slate-950">
                <dt className="text-xs font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300">Strong answer shows</dt>
                <dd>{competency.strongSignal}</dd>
              </div>
              <div className="rounded-md border-l-4 border-rose-500 bg-white p-2 dark:bg-slate-950">
                <dt className="text-xs font-semibold uppercase tracking-wide text-rose-800 dark:text-rose-300">Weak answer shows</dt>
                <dd>{competency.weakSignal}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <strong className="font-semibold">Overall rating: </strong>
        {scorecard.scale.join(" · ")}
      </p>
    </div>
  );
}

function Kit({ role, kit }: { role: RolePlan; kit: RoleKit }) {
  return (
    <details className={`${card} group break-inside-avoid`} data-kit={role.role}>
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-xl p-4 hover:bg-slate-50 dark:hover:bg-slate-900 [&::-webkit-details-marker]:hidden">
        <span>
          <span className="font-semibold">{role.title}</span>
          <span className={`block text-sm ${muted}`}>
            {role.jobDescription.heading.replace(`${role.title}: `, "")} · {sourcingModeLabels[role.sourcing.mode]}
          </span>
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 fill-current transition-transform group-open:rotate-180">
          <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7l1.4-1.4Z" />
        </svg>
      </summary>
      <div className="grid gap-6 border-t border-slate-200 p-4 lg:grid-cols-2 dark:border-slate-800">
        <section aria-labelledby={`jd-${role.role}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`jd-${role.role}`} className="font-bold">
              Job description<span className="sr-only"> for {role.title}</span>
            </h3>
            <MarkdownActions markdown={kit.jobDescription.markdown} filename={kit.jobDescription.filename} what={`job description for ${role.title}`} />
          </div>
          <div className="mt-3">
            <JobDescriptionView jd={role.jobDescription} />
          </div>
        </section>
        <section aria-labelledby={`sc-${role.role}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`sc-${role.role}`} className="font-bold">
              Interview scorecard<span className="sr-only"> for {role.title}</span>
            </h3>
            <MarkdownActions markdown={kit.scorecard.markdown} filename={kit.scorecard.filename} what={`interview scorecard for ${role.title}`} />
          </div>
          <div className="mt-3">
            <ScorecardView scorecard={role.scorecard} />
          </div>
        </section>
      </div>
    </details>
  );
}

/** One disclosure per role with its job description and interview scorecard, each copyable and downloadable. */
export function HiringKits({ plan, kits }: { plan: HiringPlan; kits: readonly RoleKit[] }) {
  return (
    <div className="space-y-3" data-testid="hiring-kits">
      {plan.roles.map((role) => {
        const kit = kits.find((entry) => entry.role === role.role);
        return kit ? <Kit key={role.role} role={role} kit={kit} /> : null;
      })}
    </div>
  );
}

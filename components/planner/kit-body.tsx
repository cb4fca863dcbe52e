"use client";

import { startTransition, useEffect, useState } from "react";
import { muted } from "@/components/shared/ui";
import { useHydrated } from "@/components/shared/use-hydrated";
import type { Role } from "@/lib/decision/types";
import type { JobDescription, Scorecard } from "@/lib/hiring";
import { isHiringKitContents, type HiringKitContents } from "@/lib/hiring-kit-contents";
import { paths } from "@/lib/paths";
import { MarkdownActions } from "./markdown-actions";

/** The page's answers as its address carries them (the planner's URL is `/plan?<answers>`). */
const answersQuery = () => window.location.search.replace(/^\?/, "");

/** One request per page for every role's kit, shared by the roles' disclosures. */
const requests = new Map<string, Promise<HiringKitContents>>();
function loadKits(query: string): Promise<HiringKitContents> {
  let request = requests.get(query);
  if (!request) {
    request = fetch(paths.hiringKitsJson(query), { cache: "no-store" }).then(async (response) => {
      const body: unknown = response.ok ? await response.json() : undefined;
      if (!isHiringKitContents(body)) throw new Error(`hiring kits answered ${response.status}`);
      return body;
    });
    request.catch(() => requests.delete(query));
    requests.set(query, request);
  }
  return request;
}

type KitState = { status: "loading" } | { status: "failed" } | { status: "ready"; kit: HiringKitContents["roles"][number] | undefined };

function useKit(role: Role, live: boolean): KitState {
  const [state, setState] = useState<KitState>({ status: "loading" });
  useEffect(() => {
    if (!live) return;
    let current = true;
    // Drawing every role's kit is a few hundred elements: a transition draws them in slices that give way to input.
    loadKits(answersQuery()).then(
      (kits) => current && startTransition(() => setState({ status: "ready", kit: kits.roles.find((entry) => entry.role === role) })),
      () => current && setState({ status: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [live, role]);
  return state;
}

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

export interface KitBodyProps {
  role: Role;
  title: string;
  /** The two documents' download file names. */
  filenames: { jobDescription: string; scorecard: string };
}

/**
 * The inside of a role's closed disclosure: its job description and interview scorecard. Left out of the server's HTML
 * and its RSC payload (nobody sees it before opening the role): once the page is live, every role's kit is fetched in
 * one request (/plan/hiring-kits.json with the page's answers) and drawn here, in time for opening or printing.
 */
export function KitBody({ role, title, filenames }: KitBodyProps) {
  const live = useHydrated();
  const state = useKit(role, live);
  if (!live) return null;
  if (state.status !== "ready" || !state.kit) {
    return (
      <p className={`border-t border-slate-200 p-4 text-sm dark:border-slate-800 ${muted}`} aria-busy={state.status === "loading"}>
        {state.status === "loading" ? "Loading the job description and scorecard…" : "The job description and scorecard could not be loaded. Reload the page to try again."}
      </p>
    );
  }
  const { jobDescription, scorecard } = state.kit;
  const query = answersQuery();
  const links = {
    jobDescription: { href: paths.hiringKitForQuery(query, role, "job-description"), filename: filenames.jobDescription },
    scorecard: { href: paths.hiringKitForQuery(query, role, "scorecard"), filename: filenames.scorecard },
  };
  return (
    <div className="grid gap-6 border-t border-slate-200 p-4 lg:grid-cols-2 dark:border-slate-800">
      <section aria-labelledby={`jd-${role}`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id={`jd-${role}`} className="font-bold">
            Job description<span className="sr-only"> for {title}</span>
          </h3>
          <MarkdownActions href={links.jobDescription.href} filename={links.jobDescription.filename} what={`job description for ${title}`} />
        </div>
        <div className="mt-3">
          <JobDescriptionView jd={jobDescription} />
        </div>
      </section>
      <section aria-labelledby={`sc-${role}`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id={`sc-${role}`} className="font-bold">
            Interview scorecard<span className="sr-only"> for {title}</span>
          </h3>
          <MarkdownActions href={links.scorecard.href} filename={links.scorecard.filename} what={`interview scorecard for ${title}`} />
        </div>
        <div className="mt-3">
          <ScorecardView scorecard={scorecard} />
        </div>
      </section>
    </div>
  );
}

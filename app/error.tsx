"use client";

import Link from "next/link";
import { paths } from "@/lib/paths";

// A page that failed on the server: a plain explanation and a way on, never a stack. When the cause was the database
// being away, the response's status is 503 with Retry-After (scripts/serve.mjs), and trying again shortly works.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-semibold">This page could not be shown just now</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Something on our side did not answer in time — usually the database restarting for a moment. Nothing you saved is lost. Try again in a few seconds.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-4 py-2 text-white dark:bg-slate-100 dark:text-slate-900">
          Try again
        </button>
        <Link href={paths.home()} className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700">
          Go to the start page
        </Link>
      </div>
    </main>
  );
}

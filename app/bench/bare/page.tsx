import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Bare page (benchmark baseline)", robots: { index: false, follow: false } };
export const dynamic = "force-static";

/**
 * The lightest page this app can serve: the baseline that bench/03-pages.mjs compares route weights with.
 * Benchmark only: a 404 unless BENCH_ROUTES is on when the app is built (the page is static), which
 * bench/_server.mjs does for its own build.
 */
export default function BareBenchPage() {
  if (!env.BENCH_ROUTES) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <h1 className="text-2xl font-bold">Bare page</h1>
    </div>
  );
}

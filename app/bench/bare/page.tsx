import type { Metadata } from "next";

export const metadata: Metadata = { title: "Bare page (benchmark baseline)", robots: { index: false, follow: false } };
export const dynamic = "force-static";

/** The lightest page this app can serve: the baseline that bench/03-pages.mjs compares route weights with. */
export default function BareBenchPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <h1 className="text-2xl font-bold">Bare page</h1>
    </div>
  );
}

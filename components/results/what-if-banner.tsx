import Link from "next/link";
import { secondaryButton } from "@/components/shared/ui";
import { answerLabel, questionsByKey } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import type { WhatIf } from "@/lib/server/answers-loader";

/** Says which single answer this what-if changed, with the way back to the person's own result. */
export function WhatIfBanner({ whatIf }: { whatIf: WhatIf }) {
  const short = questionsByKey[whatIf.trait].short;
  return (
    <div
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-violet-300 bg-violet-50 p-4 dark:border-violet-500/50 dark:bg-violet-950/30"
      data-testid="what-if"
    >
      <p>
        <strong className="font-semibold">What-if:</strong> {short} “{answerLabel(whatIf.trait, whatIf.to)}” instead of your “
        {answerLabel(whatIf.trait, whatIf.from)}”. Everything else is as you answered.
      </p>
      <Link href={paths.results(whatIf.original)} prefetch={false} className={`no-print ${secondaryButton}`}>
        ← Back to your result
      </Link>
    </div>
  );
}

"use client";

import { useReducer } from "react";
import { discardSetAside, readSetAside, swapSetAside } from "@/components/shared/wizard-store";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Offers back the answers set aside when a shared link's answers were opened: switch to them, or let them go. */
export function SetAsideBanner({ hydrated }: { hydrated: boolean }) {
  // Re-read after each action; read only once the store is loaded (never on the server or the first render).
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const aside = hydrated ? readSetAside() : null;
  if (!aside) return null;
  const count = Object.keys(aside.answers).filter((key) => key !== "unsure").length;
  const at = aside.setAsideAt ? ` on ${when.format(new Date(aside.setAsideAt))}` : "";
  return (
    <div role="status" className="mb-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="set-aside">
      <p>
        Another set of answers ({count === 1 ? "1 answer" : `${count} answers`}) was set aside{at} when you opened a shared result.
      </p>
      <p className="mt-2 flex flex-wrap gap-3">
        <button
          type="button"
          className="font-semibold underline underline-offset-2"
          onClick={() => {
            swapSetAside();
            refresh();
          }}
        >
          Switch to the other answers
        </button>
        <button
          type="button"
          className="underline underline-offset-2"
          onClick={() => {
            discardSetAside();
            refresh();
          }}
        >
          Discard them
        </button>
      </p>
    </div>
  );
}

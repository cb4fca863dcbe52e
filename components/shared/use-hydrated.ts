"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False on the server and while React hydrates, true from a render soon after: lets a client island leave out of the
 * server's HTML what is hidden until someone opens it (closed disclosures), and add it once the page is live. The switch
 * is a transition, so React draws the added content in short slices that give way to input, instead of one long task
 * right after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}

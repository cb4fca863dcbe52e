"use client";

import { useSyncExternalStore } from "react";

const subscribe = (): (() => void) => () => {};

/**
 * False on the server and while React hydrates, true from the render right after: lets a client island leave out of
 * the server's HTML what is hidden until someone opens it (closed disclosures), and add it once the page is live.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

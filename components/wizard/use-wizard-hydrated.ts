"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useWizardStore } from "./wizard-store";

function subscribe(onChange: () => void): () => void {
  return useWizardStore.persist.onFinishHydration(onChange);
}
const getSnapshot = (): boolean => useWizardStore.persist.hasHydrated();
const getServerSnapshot = (): boolean => false;

/**
 * Loads the persisted wizard from localStorage after mount and reports when it is ready.
 * False on the server and during hydration, so the markup always matches; render a skeleton until true.
 */
export function useWizardHydrated(): boolean {
  const hydrated = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  useEffect(() => {
    if (!useWizardStore.persist.hasHydrated()) void useWizardStore.persist.rehydrate();
  }, []);
  return hydrated;
}

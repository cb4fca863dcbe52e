"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useWizardStore, wizardStorageKey } from "@/components/shared/wizard-store";

function subscribe(onChange: () => void): () => void {
  return useWizardStore.persist.onFinishHydration(onChange);
}
const getSnapshot = (): boolean => useWizardStore.persist.hasHydrated();
const getServerSnapshot = (): boolean => false;

/**
 * Loads the persisted wizard from localStorage after mount and reports when it is ready.
 * False on the server and during hydration, so the markup always matches (the empty first step).
 * Also follows changes made in other tabs (the `storage` event).
 */
export function useWizardHydrated(): boolean {
  const hydrated = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  useEffect(() => {
    if (!useWizardStore.persist.hasHydrated()) void useWizardStore.persist.rehydrate();
    // Another tab changed the answers: follow it, so two open tabs never overwrite each other's work.
    const onStorage = (event: StorageEvent) => {
      if (event.key === wizardStorageKey || event.key === null) void useWizardStore.persist.rehydrate();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  return hydrated;
}

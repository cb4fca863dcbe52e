import "@/components/shared/zod-jitless";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { withoutAssumedAnswers } from "@/lib/decision/skipped";
import { steps } from "@/lib/decision/trait-catalog";
import { optionalTraitKeys, teamTraitKeys, traitKeys, traitsSchema, type OptionalTraitKey, type TeamTraitKey, type TraitKey, type Traits, type UnsureTraitKey } from "@/lib/decision/traits";

/** The wizard's answers and position, persisted in the browser under {@link wizardStorageKey}. */
export interface WizardState {
  /** Only what the person has actually answered: nothing is filled in by default. */
  answers: Partial<Traits>;
  /** The step on screen, 0-based, into `steps` from the trait catalog. */
  stepIndex: number;
  /** The furthest step reached; every step up to it may be jumped to. */
  furthestStep: number;
}

export interface WizardActions {
  setAnswer: <K extends TraitKey | OptionalTraitKey | TeamTraitKey>(key: K, value: Traits[K]) => void;
  /**
   * Marks an answer "Not sure" (the answer itself is forgotten; the engine plans with a default), or takes the mark
   * off. Answering the question takes the mark off too. Not sure of the corpus size forgets its document count.
   */
  setUnsure: (key: UnsureTraitKey, unsure: boolean) => void;
  /** Removes one answer, e.g. when a number field is emptied or the last skill is unticked. */
  clearAnswer: (key: TraitKey | OptionalTraitKey | TeamTraitKey) => void;
  /** Moves to step `i` (clamped); may go at most one step past the furthest reached. */
  goToStep: (i: number) => void;
  /** Fills every answer from a complete traits object (e.g. "Edit answers"), opens every step, shows step 0. */
  loadTraits: (traits: Traits) => void;
  /** Forgets every answer and returns to the first step. */
  reset: () => void;
}

export type WizardStore = WizardState & WizardActions;

export const wizardStorageKey = "wizard-v1";
export const wizardStorageVersion = 1;
export const lastStepIndex = steps.length - 1;

const initialState: WizardState = { answers: {}, stepIndex: 0, furthestStep: 0 };

function clampStep(value: unknown, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value)) return 0;
  return Math.min(Math.max(value, 0), max);
}

/** Keeps only answers that are still valid traits values, so stale or tampered storage cannot break the wizard. */
export function sanitizeAnswers(raw: unknown): Partial<Traits> {
  if (typeof raw !== "object" || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  for (const key of [...traitKeys, ...optionalTraitKeys, ...teamTraitKeys, "unsure"] as const) {
    if (!(key in source)) continue;
    const parsed = traitsSchema.shape[key].safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined) answers[key] = parsed.data;
  }
  return answers as Partial<Traits>;
}

/** Answers as "Edit answers" loads them: valid ones only, without the assumptions of questions the need skips. */
function loadedAnswers(traits: Traits): Partial<Traits> {
  return withoutAssumedAnswers(sanitizeAnswers(traits));
}

/** Reads a persisted value defensively: unknown keys dropped, steps clamped. */
export function sanitizeState(raw: unknown): WizardState {
  if (typeof raw !== "object" || raw === null) return { ...initialState };
  const source = raw as Record<string, unknown>;
  const furthestStep = clampStep(source.furthestStep, lastStepIndex);
  return {
    answers: sanitizeAnswers(source.answers),
    furthestStep,
    stepIndex: clampStep(source.stepIndex, furthestStep),
  };
}

/**
 * The wizard store. It is created with `skipHydration` so the server render and the first client render agree;
 * the wizard calls `useWizardStore.persist.rehydrate()` after mounting (see `useWizardHydrated`).
 * Writes (`loadTraits`, `reset`, …) persist immediately from any page, hydrated or not.
 */
export const useWizardStore = create<WizardStore>()(
  persist(
    (set) => ({
      ...initialState,
      setAnswer: (key, value) =>
        set((state) => {
          const answers: Partial<Traits> = { ...state.answers, [key]: value };
          const unsure = state.answers.unsure?.filter((k) => k !== key);
          if (unsure && unsure.length > 0) answers.unsure = unsure;
          else delete answers.unsure;
          return { answers };
        }),
      setUnsure: (key, on) =>
        set((state) => {
          const answers: Partial<Traits> = { ...state.answers };
          const others = (state.answers.unsure ?? []).filter((k) => k !== key);
          const unsure = on ? [...others, key] : others;
          if (unsure.length > 0) answers.unsure = unsure;
          else delete answers.unsure;
          if (on) {
            delete answers[key];
            if (key === "corpusSize") {
              delete answers.corpusDocuments;
              delete answers.documentPages;
            }
          }
          return { answers };
        }),
      clearAnswer: (key) =>
        set((state) => {
          if (!(key in state.answers)) return state;
          const answers = { ...state.answers };
          delete answers[key];
          return { answers };
        }),
      goToStep: (i) =>
        set((state) => {
          const stepIndex = clampStep(i, Math.min(state.furthestStep + 1, lastStepIndex));
          return { stepIndex, furthestStep: Math.max(state.furthestStep, stepIndex) };
        }),
      loadTraits: (traits) => set({ answers: loadedAnswers(traits), stepIndex: 0, furthestStep: lastStepIndex }),
      reset: () => set({ ...initialState, answers: {} }),
    }),
    {
      name: wizardStorageKey,
      version: wizardStorageVersion,
      storage: createJSONStorage(() => window.localStorage),
      skipHydration: true,
      partialize: (state): WizardState => ({
        answers: state.answers,
        stepIndex: state.stepIndex,
        furthestStep: state.furthestStep,
      }),
      // Only version 1 exists; anything else (older or newer) starts afresh rather than guessing.
      migrate: () => ({ ...initialState, answers: {} }),
      merge: (persisted, current) => ({ ...current, ...sanitizeState(persisted) }),
    },
  ),
);

/*
 * A second set of answers, kept aside when "Edit answers" on a shared link would replace answers in progress, so
 * neither set is lost: the wizard offers to switch back (which sets the other one aside in turn) or discard it.
 */
export const setAsideStorageKey = "wizard-v1-set-aside";

export interface SetAside extends WizardState {
  /** When it was set aside, as an ISO timestamp. */
  setAsideAt: string;
}

export function readSetAside(): SetAside | null {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(setAsideStorageKey) ?? "null");
    if (typeof raw !== "object" || raw === null) return null;
    const state = sanitizeState(raw);
    if (Object.keys(state.answers).length === 0) return null;
    const at = (raw as Record<string, unknown>).setAsideAt;
    return { ...state, setAsideAt: typeof at === "string" ? at : "" };
  } catch {
    return null;
  }
}

function writeSetAside(state: WizardState): void {
  const value: SetAside = { answers: state.answers, stepIndex: state.stepIndex, furthestStep: state.furthestStep, setAsideAt: new Date().toISOString() };
  window.localStorage.setItem(setAsideStorageKey, JSON.stringify(value));
}

export function discardSetAside(): void {
  window.localStorage.removeItem(setAsideStorageKey);
}

/** True when the wizard holds answers of its own that these traits would replace. */
export function wouldReplaceAnswers(traits: Traits): boolean {
  const current = useWizardStore.getState().answers;
  if (Object.keys(current).length === 0) return false;
  return JSON.stringify(sortedAnswers(current)) !== JSON.stringify(sortedAnswers(loadedAnswers(traits)));
}

const sortedAnswers = (answers: Partial<Traits>) => Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

/** Sets the answers in progress aside, then loads these (Edit answers from a shared link). */
export function setAsideAndLoad(traits: Traits): void {
  const { answers, stepIndex, furthestStep } = useWizardStore.getState();
  writeSetAside({ answers, stepIndex, furthestStep });
  useWizardStore.getState().loadTraits(traits);
}

/** Brings the set-aside answers back and sets the current ones aside in their place. */
export function swapSetAside(): void {
  const aside = readSetAside();
  if (!aside) return;
  const { answers, stepIndex, furthestStep } = useWizardStore.getState();
  if (Object.keys(answers).length > 0) writeSetAside({ answers, stepIndex, furthestStep });
  else discardSetAside();
  useWizardStore.setState({ answers: aside.answers, stepIndex: aside.stepIndex, furthestStep: aside.furthestStep });
}

"use client";

import "@/components/shared/zod-jitless";
import { useMemo, useReducer } from "react";
import { defaultAssumptionValues, defaultAssumptions, safeResolveAssumptions, type AssumptionKey, type AssumptionOverrides, type AssumptionValues } from "@/lib/cost";

/** What the person typed per field (only fields they touched). */
type Drafts = Partial<Record<AssumptionKey, string>>;

interface EditsState {
  drafts: Drafts;
  /** The last valid value of each edited field: what the model uses while a field is being fixed. */
  applied: AssumptionOverrides;
}

type Action = { type: "edit"; key: AssumptionKey; raw: string } | { type: "reset"; key?: AssumptionKey };

/** Reads a typed value; blank or non-numeric text becomes NaN so the schema reports "give a number". */
export function parseDraft(raw: string): number {
  const trimmed = raw.trim().replace(/[,_\s]/g, "");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

/** The schema's message for one field's draft, or null when it is valid. */
export function fieldIssue(key: AssumptionKey, raw: string): string | null {
  const resolved = safeResolveAssumptions({ [key]: parseDraft(raw) });
  return resolved.ok ? null : (resolved.issues[0]?.message ?? `${defaultAssumptions[key].label}: not a valid value.`);
}

function reducer(state: EditsState, action: Action): EditsState {
  if (action.type === "reset") {
    if (!action.key) return { drafts: {}, applied: {} };
    const drafts = { ...state.drafts };
    const applied = { ...state.applied };
    delete drafts[action.key];
    delete applied[action.key];
    return { drafts, applied };
  }
  const drafts = { ...state.drafts, [action.key]: action.raw };
  if (fieldIssue(action.key, action.raw) !== null) return { ...state, drafts };
  const applied = { ...state.applied };
  const value = parseDraft(action.raw);
  if (value === defaultAssumptions[action.key].value) delete applied[action.key];
  else applied[action.key] = value;
  return { drafts, applied };
}

export interface AssumptionEdits {
  drafts: Drafts;
  /** Validation message per field with an invalid draft. */
  errors: Partial<Record<AssumptionKey, string>>;
  /** Fields whose value in use differs from the default. */
  changed: ReadonlySet<AssumptionKey>;
  /** Every assumption, with valid edits applied. */
  values: AssumptionValues;
  edit: (key: AssumptionKey, raw: string) => void;
  reset: (key?: AssumptionKey) => void;
}

/** Edits to the cost assumptions, validated field by field with the cost model's own schema. */
export function useAssumptionEdits(): AssumptionEdits {
  const [state, dispatch] = useReducer(reducer, { drafts: {}, applied: {} });
  return useMemo(() => {
    const errors: Partial<Record<AssumptionKey, string>> = {};
    for (const [key, raw] of Object.entries(state.drafts) as [AssumptionKey, string][]) {
      const issue = fieldIssue(key, raw);
      if (issue !== null) errors[key] = issue;
    }
    const resolved = safeResolveAssumptions(state.applied);
    // Applied values were each validated on entry, so this never falls back in practice.
    const values = resolved.ok ? resolved.values : defaultAssumptionValues;
    return {
      drafts: state.drafts,
      errors,
      changed: new Set(Object.keys(state.applied) as AssumptionKey[]),
      values,
      edit: (key, raw) => dispatch({ type: "edit", key, raw }),
      reset: (key) => dispatch(key ? { type: "reset", key } : { type: "reset" }),
    };
  }, [state]);
}

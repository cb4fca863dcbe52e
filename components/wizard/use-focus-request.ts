"use client";

import { useEffect, useRef, useState } from "react";
import type { TraitKey } from "@/lib/decision/traits";

/** Where focus goes after a step change: the step's heading, or a question's chosen (else first) input. */
export type FocusRequest = { kind: "heading" } | { kind: "field"; key: TraitKey };

/**
 * Moves focus once the next render is on screen. Each request gets a fresh id, so asking for the same
 * target twice still moves focus.
 */
export function useFocusRequest() {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusRequest; id: number } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const { target } = focusRequest;
    if (target.kind === "heading") {
      headingRef.current?.focus();
      return;
    }
    const container = formRef.current?.querySelector(`[data-question="${target.key}"]`);
    const field =
      container?.querySelector<HTMLInputElement>("input:checked") ?? container?.querySelector<HTMLInputElement>("input");
    field?.focus();
  }, [focusRequest]);
  const requestFocus = (target: FocusRequest) => setFocusRequest((prev) => ({ target, id: (prev?.id ?? 0) + 1 }));
  return { formRef, headingRef, requestFocus };
}

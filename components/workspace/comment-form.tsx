"use client";

import { startTransition, useActionState, useId, useRef, useState } from "react";
import { FormAlert, inputClass } from "@/components/shared/form";
import { primaryButton, smallButton } from "@/components/shared/ui";
import { idle, type ActionState } from "@/lib/workspace/action-state";
import type { FormAction } from "./team-forms";

export interface MentionCandidate {
  name: string;
  handle: string;
}

const maxLength = 4000;

/** The `@word` being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const typed = /(^|[^\p{L}\p{N}_])@([^\s@[\]]{0,30})$/u.exec(text.slice(0, caret));
  if (!typed) return null;
  const query = typed[2] ?? "";
  return { start: caret - query.length - 1, query: query.toLowerCase() };
}

function suggestionsFor(members: readonly MentionCandidate[], query: string): MentionCandidate[] {
  return members.filter((member) => member.name.toLowerCase().includes(query) || member.handle.startsWith(query)).slice(0, 6);
}

/** What a chosen member becomes in the text: `@[Display Name]`, or `@handle` when the name cannot be written so. */
const mentionText = (member: MentionCandidate) => (/[\]\n]/.test(member.name) ? `@${member.handle}` : `@[${member.name}]`);

/**
 * A comment's text box, posting to a server action (works without JavaScript). Typing @ offers the team's members;
 * the text is kept when the server refuses it and cleared once posted. `fields` go along as hidden inputs.
 */
export function CommentForm({
  action,
  fields,
  label,
  submitLabel,
  members = [],
  initialBody = "",
  compact = false,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  submitLabel: string;
  members?: readonly MentionCandidate[];
  initialBody?: string;
  /** A reply or an edit inside a <details>: a smaller button, and the details close once posted. */
  compact?: boolean;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(async (previous: ActionState, data: FormData) => {
    const result = await action(previous, data);
    if (result.status === "ok") {
      // A new comment or reply starts the box afresh; an edit keeps what was saved.
      setBody(initialBody ? String(data.get("body") ?? "") : "");
      if (compact) form.current?.closest("details")?.removeAttribute("open");
    }
    return result;
  }, idle);
  const suggestions = query ? suggestionsFor(members, query.query) : [];
  const error = state.status === "error" ? state.issues.find((issue) => issue.path === "body")?.message : undefined;

  function choose(member: MentionCandidate) {
    if (!query) return;
    const caret = box.current?.selectionStart ?? body.length;
    const inserted = `${mentionText(member)} `;
    const next = body.slice(0, query.start) + inserted + body.slice(caret);
    setBody(next);
    setQuery(null);
    requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(query.start + inserted.length, query.start + inserted.length);
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => (current + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (event.key === "Escape") {
      setQuery(null);
    }
  }

  return (
    <form
      ref={form}
      action={formAction}
      aria-label={label}
      aria-busy={pending}
      onSubmit={(event) => {
        // Posted here rather than by React's form action, which would also empty the box when the server refuses it.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {state.status === "error" ? <FormAlert message={state.message} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={`${id}-body`} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={box}
          id={`${id}-body`}
          name="body"
          rows={3}
          value={body}
          maxLength={maxLength + 200}
          onChange={(event) => {
            setBody(event.target.value);
            setQuery(mentionQuery(event.target.value, event.target.selectionStart));
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setQuery(null), 150)}
          className={`${inputClass} min-h-24`}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          placeholder="Write a comment"
        />
        {suggestions.length > 0 ? (
          <ul aria-label="Members to mention" className="absolute left-2 z-10 mt-1 w-64 rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {suggestions.map((member, index) => (
              <li key={`${member.handle}-${member.name}`}>
                <button
                  type="button"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(member)}
                  className={`block w-full px-3 py-1.5 text-left ${index === active ? "bg-brand-50 dark:bg-slate-800" : ""}`}
                  aria-current={index === active ? "true" : undefined}
                >
                  <span className="font-semibold">{member.name}</span> <span className="text-slate-600 dark:text-slate-400">@{member.handle}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {suggestions.length > 0 ? `${suggestions.length} members match. Arrow keys to choose, Enter to mention.` : ""}
      </p>
      <div className="mt-1 flex flex-wrap justify-between gap-2 text-xs text-slate-700 dark:text-slate-300">
        <p id={`${id}-hint`}>**bold**, *italic*, `code`, - lists, links; @ to mention a member.</p>
        <p className={body.trim().length > maxLength ? "font-semibold text-red-700 dark:text-red-400" : ""}>
          {body.trim().length.toLocaleString("en")} / {maxLength.toLocaleString("en")}
        </p>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="mt-3 flex gap-2">
        <button type="submit" disabled={pending} className={compact ? smallButton : primaryButton}>
          {pending ? "Posting…" : submitLabel}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { corpusSizeForDocuments } from "@/lib/decision/corpus";
import type { OptionCopy, Question } from "@/lib/decision/trait-catalog";
import { corpusSizes, type Traits } from "@/lib/decision/traits";
import { FieldError, describedBy, errorId } from "./field-error";
import { formatAmount, parseAmount } from "./number-input";
import { NotSureCard, type UnsureChoice } from "./choice-question";
import { OptionCard } from "./option-card";

type CorpusSizeQuestion = Extract<Question, { key: "corpusSize" }>;

interface CorpusQuestionProps {
  question: CorpusSizeQuestion;
  answers: Partial<Traits>;
  error: string | undefined;
  /** A rough size picked by hand (the count is then forgotten). */
  onSize: (size: Traits["corpusSize"]) => void;
  /** A count (and optional average length), or undefined to clear it; the size follows from it. */
  onDocuments: (documents: number | undefined, pages: number | undefined) => void;
  unsure?: UnsureChoice;
}

const inputClass =
  "w-36 rounded-lg border border-slate-300 bg-white px-3 py-2 tabular-nums placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400";

/** Reads a count or a length; undefined when empty or not a usable number. */
function readAmount(text: string, whole: boolean): number | undefined {
  const value = parseAmount(text);
  if (value === undefined || !Number.isFinite(value) || value < 0) return undefined;
  if (whole && !Number.isInteger(value)) return undefined;
  return value;
}

/**
 * How much source material there is: an approximate document count (and, if known, the average length in pages),
 * from which the size bucket follows; or one of the four rough sizes for someone who cannot count.
 */
export function CorpusQuestion({ question, answers, error, onSize, onDocuments, unsure }: CorpusQuestionProps) {
  const [documentsDraft, setDocumentsDraft] = useState(() => formatAmount(answers.corpusDocuments));
  const [pagesDraft, setPagesDraft] = useState(() => formatAmount(answers.documentPages));
  const options = Object.entries(question.options as Record<string, OptionCopy>);
  const invalid = error !== undefined;

  function commit(documentsText: string, pagesText: string) {
    setDocumentsDraft(documentsText);
    setPagesDraft(pagesText);
    const documents = readAmount(documentsText, true);
    const pages = readAmount(pagesText, false);
    const length = pages !== undefined && pages > 0 ? pages : undefined;
    onDocuments(documents, documents === undefined ? undefined : length);
    if (documents !== undefined) onSize(corpusSizeForDocuments(documents, length));
  }

  const size = answers.corpusSize;
  return (
    <fieldset data-question={question.key} className="min-w-0">
      <legend className="text-base font-semibold sm:text-lg">{question.question}</legend>
      <p id="corpus-help" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        An approximate count is enough (wiki pages, manuals, tickets, contracts). It sets the size below and the embedding and storage costs.
      </p>
      <FieldError id={errorId(question.key)} message={error} />
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="corpusDocuments-input" className="block text-sm font-medium">
            About how many documents?
          </label>
          <input
            id="corpusDocuments-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={documentsDraft}
            onChange={(event) => commit(event.target.value, pagesDraft)}
            placeholder="e.g. 5,000"
            aria-describedby={describedBy("corpus-help", invalid && errorId(question.key))}
            className={`mt-1 ${inputClass}`}
          />
        </div>
        <div>
          <label htmlFor="documentPages-input" className="block text-sm font-medium">
            Average length, in pages <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
          </label>
          <input
            id="documentPages-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={pagesDraft}
            onChange={(event) => commit(documentsDraft, event.target.value)}
            placeholder="e.g. 4"
            className={`mt-1 ${inputClass}`}
          />
        </div>
      </div>
      <p className="mt-3 text-sm font-medium">Or pick a rough size</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map(([optionValue, copy]) => (
          <OptionCard
            key={optionValue}
            type="radio"
            name={question.key}
            id={`${question.key}-${optionValue}`}
            value={optionValue}
            label={copy.label}
            help={copy.help}
            checked={!unsure?.checked && size !== undefined && size === optionValue}
            invalid={invalid}
            errorId={errorId(question.key)}
            onChange={() => {
              const picked = corpusSizes.find((entry) => entry === optionValue);
              if (picked === undefined) return;
              setDocumentsDraft("");
              setPagesDraft("");
              onDocuments(undefined, undefined);
              onSize(picked);
            }}
          />
        ))}
        {unsure ? (
          <NotSureCard
            name={question.key}
            invalid={invalid}
            unsure={{
              ...unsure,
              onSelect: () => {
                setDocumentsDraft("");
                setPagesDraft("");
                unsure.onSelect();
              },
            }}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

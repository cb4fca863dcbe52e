import type { Traits } from "./traits";
import type { FieldIssue } from "@/lib/validation/validation-error";

/** Pages of text one prompt holds: about 100,000 tokens at roughly 500 tokens a page. */
export const promptCapacityPages = 200;
/** Average length assumed when only a document count is given: the cost model's 2,000 tokens a document. */
export const defaultDocumentPages = 4;

/**
 * The v1 `corpusSize` bucket for a document count: it fits in one prompt up to about 200 pages in all, then up to a
 * thousand documents is small, up to a million large, and beyond that massive (the contract's own boundaries).
 */
export function corpusSizeForDocuments(documents: number, pages: number = defaultDocumentPages): Traits["corpusSize"] {
  if (documents * pages <= promptCapacityPages) return "fits_in_prompt";
  if (documents <= 1_000) return "small";
  if (documents <= 1_000_000) return "large";
  return "massive";
}

/** When a document count is given, `corpusSize` must be its bucket, so the engine and the costs describe one corpus. */
export function corpusIssues(traits: Traits): FieldIssue[] {
  if (traits.corpusDocuments === undefined) return [];
  const expected = corpusSizeForDocuments(traits.corpusDocuments, traits.documentPages);
  if (expected === traits.corpusSize) return [];
  return [
    {
      path: "corpusSize",
      message: `With ${traits.corpusDocuments} documents, corpusSize must be "${expected}" (it is derived from the count); send the count's bucket or leave the count out.`,
    },
  ];
}

/**
 * The five public articles the rules, roles and warnings draw on. Rules cite them by id (a stable key in the API's
 * `sources` field); people see the title and where it was published, never the id.
 */
export type SourceId = "000" | "001" | "002" | "003" | "004";

export interface SourceArticle {
  title: string;
  /** Where it was published, as far as the article itself says. */
  publisher: string;
}

export const sourceArticles: Record<SourceId, SourceArticle> = {
  "000": { title: "RAG vs Fine-Tuning: When to Hire a RAG Engineer vs a Deep Learning Engineer", publisher: "a hiring-advice blog" },
  "001": { title: "Hiring an AI model developer: real-time knowledge or behavioural precision?", publisher: "an AI development firm's blog" },
  "002": { title: "RAG vs Fine-tuning: What Nobody Tells You", publisher: "an engineering blog" },
  "003": { title: "RAG vs Fine-Tuning: Which One Is Right for You?", publisher: "the Gradient Descent Weekly newsletter" },
  "004": { title: "RAG vs Fine-Tuning – How to Actually Decide", publisher: "a practitioner's blog" },
};

const sourceIds: ReadonlySet<string> = new Set(Object.keys(sourceArticles));

export function isSourceId(id: string): id is SourceId {
  return sourceIds.has(id);
}

/** "“Title” (publisher)", or the id itself for a source this version does not know. */
export function citeSource(id: string): string {
  if (!isSourceId(id)) return id;
  const { title, publisher } = sourceArticles[id];
  return `“${title}” (${publisher})`;
}

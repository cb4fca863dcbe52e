/** The titles of the source articles the scoring rules and warnings cite, by the id the rules use (e.g. "004"). */
export const sourceTitles: Record<string, string> = {
  "000": "RAG vs Fine-Tuning: When to Hire a RAG Engineer vs a Deep Learning Engineer",
  "001": "Hiring an AI model developer: real-time knowledge or behavioural precision?",
  "002": "RAG vs Fine-tuning: What Nobody Tells You",
  "003": "RAG vs Fine-Tuning: Which One Is Right for You?",
  "004": "RAG vs Fine-Tuning – How to Actually Decide",
};

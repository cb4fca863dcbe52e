/** Abbreviations read letter by letter whose first letter sounds like a vowel ("an ML engineer", "an LLM"). */
const vowelSoundAbbreviation = /^(?:MLOps|ML|LLM|NLP|SRE|FTE)\b/;

/** "a RAG engineer", "an AI product engineer", "an MLOps engineer", "an evaluation engineer". */
export function withArticle(noun: string): string {
  const an = /^[aeiouAEIOU]/.test(noun) || vowelSoundAbbreviation.test(noun);
  return `${an ? "an" : "a"} ${noun}`;
}

// Comments arrive flat, oldest first; the views show them as threads. Pure.

export interface ThreadNode<T> {
  comment: T;
  replies: ThreadNode<T>[];
}

/**
 * Threads from a flat list: each comment under its parent, in the list's order. A reply whose parent is not in the
 * list (filtered out, or beyond the page) starts a thread of its own rather than disappearing.
 */
export function buildThreads<T extends { id: string; parentId: string | null }>(comments: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as ThreadNode<T>[] }]));
  const roots: ThreadNode<T>[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

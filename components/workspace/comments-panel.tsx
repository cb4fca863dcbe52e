import Link from "next/link";
import { card, muted, Section, textLink } from "@/components/shared/ui";
import { questionsByKey } from "@/lib/decision/trait-catalog";
import type { TraitKey } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";
import type { CommentView } from "@/lib/server/workspace/comments";
import { buildThreads, type ThreadNode } from "@/lib/workspace/comment-threads";
import { CommentForm, type MentionCandidate } from "./comment-form";
import { CommentMeta, DeletedBody } from "./comment-parts";
import { formatDate } from "./labels";
import { MarkdownLite } from "./markdown-lite-view";
import { ButtonForm, type FormAction } from "./team-forms";

export interface AnswerEntry {
  key: TraitKey;
  question: string;
  answer: string;
}

interface PanelContext {
  assessmentId: string;
  teamSlug: string;
  canWrite: boolean;
  members: readonly MentionCandidate[];
  actions: { add: FormAction; edit: FormAction; remove: FormAction };
  /** Show which answer each comment is about (in the list of all comments). */
  showAnswer: boolean;
}

const answerHref = (teamSlug: string, assessmentId: string, key: TraitKey | null) => `${paths.assessment(teamSlug, assessmentId)}${key ? `?${new URLSearchParams({ answer: key }).toString()}` : ""}#comments`;

function EarlierVersions({ comment }: { comment: CommentView }) {
  return (
    <details className="inline">
      <summary className="cursor-pointer text-xs font-semibold text-slate-700 underline underline-offset-2 dark:text-slate-300">edited {comment.editedAt ? formatDate(comment.editedAt) : ""}</summary>
      <ol aria-label="Earlier versions" className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
        {comment.edits.map((edit, index) => (
          <li key={index}>
            <p className="text-xs text-slate-700 dark:text-slate-300">Version {index + 1}, until {formatDate(comment.edits[index + 1]?.createdAt ?? comment.editedAt ?? edit.createdAt)}</p>
            <MarkdownLite source={edit.body} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function CommentActions({ comment, context }: { comment: CommentView; context: PanelContext }) {
  const fields = { assessmentId: context.assessmentId, teamSlug: context.teamSlug };
  const summary = "cursor-pointer text-xs font-semibold text-slate-700 hover:text-slate-900 dark:text-slate-300";
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
      {context.canWrite && !comment.deleted ? (
        <details className="open:basis-full">
          <summary className={summary}>Reply</summary>
          <div className="mt-2">
            <CommentForm action={context.actions.add} fields={{ ...fields, parentId: comment.id }} label={`Reply to ${comment.authorName}`} submitLabel="Post reply" members={context.members} compact />
          </div>
        </details>
      ) : null}
      {comment.canEdit ? (
        <details className="open:basis-full">
          <summary className={summary}>Edit</summary>
          <div className="mt-2">
            <CommentForm action={context.actions.edit} fields={{ ...fields, commentId: comment.id }} label="Edit your comment" submitLabel="Save changes" members={context.members} initialBody={comment.body} compact />
          </div>
        </details>
      ) : null}
      {comment.canDelete ? (
        <ButtonForm action={context.actions.remove} label={`Delete the comment by ${comment.authorName}`} fields={{ ...fields, commentId: comment.id }}>
          Delete
        </ButtonForm>
      ) : null}
    </div>
  );
}

function CommentItem({ node, context, depth }: { node: ThreadNode<CommentView>; context: PanelContext; depth: number }) {
  const { comment } = node;
  const question = comment.traitKey ? questionsByKey[comment.traitKey] : undefined;
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-4" data-testid="comment">
      <article aria-label={`Comment by ${comment.authorName}`} className="py-3">
        <CommentMeta authorName={comment.authorName} guest={comment.guest} createdAt={comment.createdAt}>
          {comment.editedAt && !comment.deleted ? <EarlierVersions comment={comment} /> : null}
          {context.showAnswer && question && !comment.parentId ? (
            <Link href={answerHref(context.teamSlug, context.assessmentId, comment.traitKey)} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200">
              On: {question.short}
            </Link>
          ) : null}
        </CommentMeta>
        <div className="mt-1 text-sm text-slate-900 dark:text-slate-100" data-testid="comment-body">
          {comment.deleted ? <DeletedBody /> : <MarkdownLite source={comment.body} mentions={comment.mentions} />}
        </div>
        <CommentActions comment={comment} context={context} />
      </article>
      {node.replies.length > 0 ? (
        <ol aria-label={`Replies to ${comment.authorName}`} className={depth < 3 ? "ml-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700" : ""}>
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} context={context} depth={depth + 1} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function AnswerList({ answers, counts, selected, teamSlug, assessmentId }: { answers: readonly AnswerEntry[]; counts: ReadonlyMap<string, number>; selected: TraitKey | null; teamSlug: string; assessmentId: string }) {
  return (
    <nav aria-labelledby="comment-answers-heading">
      <h3 id="comment-answers-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        The answers
      </h3>
      <ul className={`${card} mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
        {answers.map((entry) => {
          const count = counts.get(entry.key) ?? 0;
          return (
            <li key={entry.key} className={`px-3 py-2 ${entry.key === selected ? "bg-brand-50 dark:bg-slate-900" : ""}`}>
              <p className="font-semibold text-slate-900 dark:text-slate-100">{entry.question}</p>
              <p className={muted}>{entry.answer}</p>
              <Link
                href={answerHref(teamSlug, assessmentId, entry.key)}
                aria-current={entry.key === selected ? "true" : undefined}
                aria-label={`Comment on this answer: ${entry.question}${count ? ` (${count} comments)` : ""}`}
                className={`${textLink} text-xs`}
              >
                Comment on this answer{count ? ` · ${count}` : ""}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The assessment's discussion: threads (all, or those on one answer), the form for a new comment, and the list of
 * answers to comment on. `selected` is the answer the page is filtered to (the `answer` query parameter).
 */
export function CommentsPanel({
  comments,
  answers,
  selected,
  ...rest
}: Omit<PanelContext, "showAnswer"> & { comments: readonly CommentView[]; answers: readonly AnswerEntry[]; selected: TraitKey | null }) {
  const context: PanelContext = { ...rest, showAnswer: selected === null };
  const { assessmentId, teamSlug } = rest;
  const shown = selected ? comments.filter((comment) => comment.traitKey === selected) : comments;
  const threads = buildThreads(shown);
  const counts = new Map<string, number>();
  for (const comment of comments) if (comment.traitKey && !comment.deleted) counts.set(comment.traitKey, (counts.get(comment.traitKey) ?? 0) + 1);
  const focus = selected ? answers.find((entry) => entry.key === selected) : undefined;
  return (
    <Section id="comments" title="Comments" intro="Discuss the decision as a whole or one answer at a time. Mention a member with @ to let them know.">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          {focus ? (
            <div className="mb-4 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-900">
              <p>
                Comments on the answer <strong>{focus.question}</strong>: {focus.answer}
              </p>
              <Link href={answerHref(teamSlug, assessmentId, null)} className={`${textLink} mt-1 inline-block`}>
                Show all comments
              </Link>
            </div>
          ) : null}
          {context.canWrite ? (
            <div className={`${card} p-4`}>
              <CommentForm
                action={rest.actions.add}
                fields={{ assessmentId, teamSlug, ...(selected ? { traitKey: selected } : {}) }}
                label={focus ? `Comment on the answer ${focus.question}` : "Comment on the assessment"}
                submitLabel="Post comment"
                members={rest.members}
              />
            </div>
          ) : null}
          {threads.length === 0 ? (
            <p className={`mt-4 text-sm ${muted}`}>{focus ? "No comments on this answer yet." : "No comments yet."}</p>
          ) : (
            <ol aria-label="Comment threads" className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
              {threads.map((node) => (
                <CommentItem key={node.comment.id} node={node} context={context} depth={0} />
              ))}
            </ol>
          )}
        </div>
        <AnswerList answers={answers} counts={counts} selected={selected} teamSlug={teamSlug} assessmentId={assessmentId} />
      </div>
    </Section>
  );
}

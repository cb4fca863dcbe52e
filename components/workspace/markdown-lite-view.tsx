import { Fragment } from "react";
import { mentionKey, parseMarkdownLite, type Block, type Inline } from "@/lib/workspace/markdown-lite";

// Renders lib/workspace/markdown-lite's tree as React elements and text nodes: React escapes every string, the only
// attribute taken from the source is a link's href (checked http(s) by the parser), and no HTML is ever injected.

const linkRel = "nofollow noopener noreferrer ugc";

function InlineNodes({ nodes, mentions }: { nodes: readonly Inline[]; mentions: ReadonlySet<string> }) {
  return (
    <>
      {nodes.map((node, index) => (
        <InlineNode key={index} node={node} mentions={mentions} />
      ))}
    </>
  );
}

function InlineNode({ node, mentions }: { node: Inline; mentions: ReadonlySet<string> }) {
  switch (node.type) {
    case "text":
      return <>{node.text}</>;
    case "break":
      return <br />;
    case "code":
      return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800">{node.text}</code>;
    case "strong":
      return (
        <strong>
          <InlineNodes nodes={node.children} mentions={mentions} />
        </strong>
      );
    case "em":
      return (
        <em>
          <InlineNodes nodes={node.children} mentions={mentions} />
        </em>
      );
    case "link":
      return (
        <a href={node.href} rel={linkRel} target="_blank" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          <InlineNodes nodes={node.children} mentions={mentions} />
        </a>
      );
    case "mention":
      return mentions.has(mentionKey(node.mention)) ? (
        <span className="rounded bg-brand-50 px-1 font-semibold text-brand-800 dark:bg-slate-800 dark:text-brand-200" data-mention="">
          {node.source}
        </span>
      ) : (
        <>{node.source}</>
      );
  }
}

function BlockNode({ block, mentions }: { block: Block; mentions: ReadonlySet<string> }) {
  if (block.type === "code-block") {
    return (
      <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-900">
        <code>{block.text}</code>
      </pre>
    );
  }
  if (block.type === "list") {
    return (
      <ul className="list-disc space-y-1 pl-5">
        {block.items.map((item, index) => (
          <li key={index}>
            <InlineNodes nodes={item} mentions={mentions} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p>
      <InlineNodes nodes={block.children} mentions={mentions} />
    </p>
  );
}

/**
 * A comment's body. `mentions` are the keys (see mentionKey) of the mentions that name a member of the team: only
 * those are highlighted; any other @word stays plain text.
 */
export function MarkdownLite({ source, mentions = [] }: { source: string; mentions?: readonly string[] }) {
  const known = new Set(mentions);
  return (
    <div className="space-y-2 break-words">
      {parseMarkdownLite(source).map((block, index) => (
        <Fragment key={index}>
          <BlockNode block={block} mentions={known} />
        </Fragment>
      ))}
    </div>
  );
}

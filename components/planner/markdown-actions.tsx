"use client";

import { useState } from "react";
import { smallButton } from "@/components/shared/ui";

async function fetchMarkdown(href: string): Promise<string> {
  const response = await fetch(href, { cache: "no-store" });
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  return response.text();
}

async function writeClipboard(text: Promise<string>): Promise<boolean> {
  // A ClipboardItem that waits for the text keeps the click's user activation (Safari needs it) across the fetch.
  if (typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function") {
    try {
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then((value) => new Blob([value], { type: "text/plain" })) })]);
      return true;
    } catch {
      // Fall through to writeText and then to the textarea.
    }
  }
  const value = await text;
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // Clipboard API blocked (permissions, insecure context): fall back to a selected, hidden textarea.
    const area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

/**
 * Copy and Download .md for one document. The Markdown is rendered on the server and fetched from `href` when asked
 * for, so neither the renderers nor the text ride along with the page; `what` names the document for screen readers
 * ("job description for RAG engineer").
 */
export function MarkdownActions({ href, filename, what }: { href: string; filename: string; what: string }) {
  const [status, setStatus] = useState("");

  async function copy() {
    const text = fetchMarkdown(href);
    text.catch(() => undefined);
    const copied = await writeClipboard(text).catch(() => false);
    setStatus(copied ? "Copied as Markdown" : "Copy failed: use Download instead");
  }

  async function download() {
    let markdown: string;
    try {
      markdown = await fetchMarkdown(href);
    } catch {
      setStatus("Download failed: try again");
      return;
    }
    const url = URL.createObjectURL(new Blob([markdown], { type: "text/markdown;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Saved ${filename}`);
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={smallButton} aria-label={`Copy ${what} as Markdown`}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
          <path d="M7 3a2 2 0 0 0-2 2v1h2V5h8v8h-1v2h1a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2H7Zm-2 5a2 2 0 0 0-2 2v5a2 2 0 0 0 2 2h5a2 2 0 0 0 2-2v-5a2 2 0 0 0-2-2H5Zm0 2h5v5H5v-5Z" />
        </svg>
        Copy
      </button>
      <button type="button" onClick={download} className={smallButton} aria-label={`Download .md: ${what}`}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
          <path d="M9 3h2v7.6l2.3-2.3 1.4 1.4L10 14.4 5.3 9.7l1.4-1.4L9 10.6V3ZM4 15h12v2H4v-2Z" />
        </svg>
        Download .md
      </button>
      <span role="status" aria-live="polite" className="text-xs muted">
        {status}
      </span>
    </div>
  );
}

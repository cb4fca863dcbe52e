"use client";

import { useState } from "react";

/** Copies the absolute link to this result (the link is the share: no account needed). */
export function CopyLinkButton({ path }: { path: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const url = new URL(path, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // Clipboard blocked (permissions, insecure context): let the person copy it by hand.
      window.prompt("Copy this link:", url);
      setStatus("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        data-share-path={path}
        className="inline-flex items-center gap-2 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M7 3a2 2 0 0 0-2 2v1h2V5h8v8h-1v2h1a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2H7Zm-2 5a2 2 0 0 0-2 2v5a2 2 0 0 0 2 2h5a2 2 0 0 0 2-2v-5a2 2 0 0 0-2-2H5Zm0 2h5v5H5v-5Z" />
        </svg>
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
        {status === "copied" ? "Link copied" : status === "failed" ? "Copy it from the box" : ""}
      </span>
    </span>
  );
}

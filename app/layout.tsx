import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { paths } from "@/lib/paths";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Retrieval or training? — LLM architecture and hiring planner", template: "%s · Retrieval or training?" },
  description:
    "Answer a few questions about your project and get an explainable recommendation — prompt engineering, RAG, fine-tuning or a hybrid — plus whom to hire.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-slate-200 dark:border-slate-800">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-3 sm:gap-4">
            <Link href={paths.home()} className="whitespace-nowrap font-semibold tracking-tight">
              Retrieval <span className="text-brand-600 dark:text-brand-300">or</span> training?
            </Link>
            <div className="flex items-center sm:gap-1">
            <Link
              href={paths.teams()}
              className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              <span className="sm:hidden">Teams</span>
              <span className="hidden sm:inline">Workspace</span>
            </Link>
            <Link
              href={paths.assess()}
              className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 sm:px-3 hover:bg-brand-50 dark:text-brand-300 dark:hover:bg-slate-800"
            >
              <span className="sm:hidden">Assess</span>
              <span className="hidden sm:inline">Start an assessment</span>
            </Link>
            </div>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

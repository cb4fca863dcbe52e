import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadSnapshot } from "@/lib/server/workspace/shared-snapshot";
import { SharedView, sharedMetadata } from "../../../../s/_view/shared-view";

// A share link's page, kept once rendered (the path changes with every edit, so it never goes stale). Reached only
// through proxy.ts after the token was checked; requests from outside for this path are answered 404 there.
export const revalidate = false;
export const dynamicParams = true;
export const metadata: Metadata = sharedMetadata;

export function generateStaticParams(): { assessmentId: string; version: string; signature: string }[] {
  return [];
}

export default async function SharedSnapshotPage({ params }: { params: Promise<{ assessmentId: string; version: string; signature: string }> }) {
  const { assessmentId, version, signature } = await params;
  const shared = await loadSnapshot(decodeURIComponent(assessmentId), Number(version), signature);
  if (!shared) notFound();
  return <SharedView shared={shared} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { openShareLink } from "@/lib/server/workspace/share-links";
import { SharedView, sharedMetadata } from "../_view/shared-view";

// proxy.ts sends valid tokens to the kept page (app/shared-snapshot/...). This page is what answers when it does
// not: an unknown, revoked or expired token gets the same plain 404; should a valid one arrive here, it still renders.
export const dynamic = "force-dynamic";
export const metadata: Metadata = sharedMetadata;

export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await openShareLink(token);
  if (!shared) notFound();
  return <SharedView shared={shared} />;
}

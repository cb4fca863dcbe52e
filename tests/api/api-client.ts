// Calls the workspace API's route handlers in-process, as a browser with a session cookie would.
import * as shareCommentsRoute from "@/app/api/share/[token]/comments/route";
import * as commentRoute from "@/app/api/v1/assessments/[id]/comments/[commentId]/route";
import * as commentsRoute from "@/app/api/v1/assessments/[id]/comments/route";
import * as assessmentRoute from "@/app/api/v1/assessments/[id]/route";
import * as revisionsRoute from "@/app/api/v1/assessments/[id]/revisions/route";
import * as shareLinkRoute from "@/app/api/v1/assessments/[id]/share-links/[linkId]/route";
import * as shareLinksRoute from "@/app/api/v1/assessments/[id]/share-links/route";
import * as statusRoute from "@/app/api/v1/assessments/[id]/status/route";
import * as reviewRoute from "@/app/api/v1/assessments/[id]/review/route";
import * as reviewRequestRoute from "@/app/api/v1/assessments/[id]/review-request/route";
import * as votesRoute from "@/app/api/v1/assessments/[id]/votes/route";
import * as successorRoute from "@/app/api/v1/assessments/[id]/successor/route";
import * as teamActivityRoute from "@/app/api/v1/teams/[teamId]/activity/route";
import * as notificationsRoute from "@/app/api/v1/notifications/route";
import * as notificationsReadRoute from "@/app/api/v1/notifications/read/route";
import * as teamAssessmentsRoute from "@/app/api/v1/teams/[teamId]/assessments/route";
import * as teamsRoute from "@/app/api/v1/teams/route";

const origin = "http://localhost:3000";
type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface Call {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  /** A raw body (bytes or text) instead of JSON, with its own content type. */
  raw?: { body: string; contentType: string };
}

const routes: { pattern: RegExp; names: string[]; module: Partial<Record<Call["method"], Handler>> }[] = [
  { pattern: /^\/api\/v1\/teams$/, names: [], module: teamsRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/teams\/([^/]+)\/assessments$/, names: ["teamId"], module: teamAssessmentsRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)$/, names: ["id"], module: assessmentRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/revisions$/, names: ["id"], module: revisionsRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/status$/, names: ["id"], module: statusRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/review$/, names: ["id"], module: reviewRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/review-request$/, names: ["id"], module: reviewRequestRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/votes$/, names: ["id"], module: votesRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/successor$/, names: ["id"], module: successorRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/teams\/([^/]+)\/activity$/, names: ["teamId"], module: teamActivityRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/notifications$/, names: [], module: notificationsRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/notifications\/read$/, names: [], module: notificationsReadRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/share-links$/, names: ["id"], module: shareLinksRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/share-links\/([^/]+)$/, names: ["id", "linkId"], module: shareLinkRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/comments$/, names: ["id"], module: commentsRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/comments\/([^/]+)$/, names: ["id", "commentId"], module: commentRoute as Partial<Record<Call["method"], Handler>> },
  { pattern: /^\/api\/share\/([^/]+)\/comments$/, names: ["token"], module: shareCommentsRoute as Partial<Record<Call["method"], Handler>> },
];

/** Sends `call` with the given cookie ("" = anonymous); returns the status and the body text. */
export async function callApi(call: Call, cookie: string, extraHeaders: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = new URL(call.path, origin);
  for (const route of routes) {
    const match = route.pattern.exec(url.pathname);
    const handler = match ? route.module[call.method] : undefined;
    if (!match || !handler) continue;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
    const headers: Record<string, string> = { origin, host: "localhost:3000", ...(cookie ? { cookie } : {}), ...extraHeaders };
    let body: string | undefined;
    if (call.raw) {
      headers["content-type"] = call.raw.contentType;
      body = call.raw.body;
    } else if (call.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(call.body);
    }
    const response = await handler(new Request(url, { method: call.method, headers, body }), { params: Promise.resolve(params) });
    return { status: response.status, text: await response.text() };
  }
  throw new Error(`No route for ${call.method} ${call.path}`);
}

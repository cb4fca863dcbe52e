// What the team's activity feed and notifications talk about. Pure: names and labels only.

/** Every kind of event the audit log records. */
export const activityActions = [
  "assessment.created",
  "assessment.revised",
  "assessment.superseded",
  "status.changed",
  "review.requested",
  "review.voted",
  "comment.added",
  "comment.edited",
  "comment.deleted",
  "calibration.started",
  "calibration.answered",
  "calibration.settled",
  "calibration.cancelled",
  "share-link.created",
  "share-link.revoked",
  "member.joined",
  "member.role-changed",
  "member.removed",
  "team.exported",
  "team.imported",
] as const;
export type ActivityAction = (typeof activityActions)[number];

export const notificationKinds = ["mention", "review_request", "calibration_request", "status_change"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Readonly<Record<NotificationKind, string>> = {
  mention: "Mentioned you",
  review_request: "Review requested",
  calibration_request: "Calibration requested",
  status_change: "Status changed",
};

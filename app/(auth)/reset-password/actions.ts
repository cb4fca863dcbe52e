"use server";

import { developmentMailLink } from "@/lib/server/mail";

/** The reset link just "mailed" to `email`, only in development with no SMTP configured (else undefined). */
export async function developmentResetLink(email: string): Promise<string | undefined> {
  return typeof email === "string" ? developmentMailLink(email) : undefined;
}

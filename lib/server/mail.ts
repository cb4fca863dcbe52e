import "server-only";
import nodemailer from "nodemailer";
import { env } from "./env";

/** One message the product sends (password reset, and later invitations). Plain text: links, no tracking. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the message is about, kept apart so development can show it. */
  link: string;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

const defaultFrom = "Retrieval or training? <noreply@localhost>";

/** SMTP from SMTP_URL (smtp:// or smtps://, credentials in the URL), sender MAIL_FROM. */
export function smtpTransport(url: string, from: string = defaultFrom): MailTransport {
  // A plain smtp:// URL to a relay that offers no TLS is used as given (tests, a local relay); smtps:// is TLS.
  const transporter = nodemailer.createTransport(url.startsWith("smtp:") ? { url, ignoreTLS: !/[?&]requireTLS=true/.test(url) } : url);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/**
 * No mail server configured: the link is logged on the server and kept in a small outbox, so development
 * can show it on the page. The outbox is only read when NODE_ENV is development or test (mailLinkShownOnPage).
 */
export function logTransport(outbox: Map<string, MailMessage>): MailTransport {
  return {
    async send(message) {
      console.info(`[mail] to ${message.to}: ${message.subject} — ${message.link}`);
      const key = message.to.toLowerCase();
      outbox.delete(key);
      outbox.set(key, message);
      // Bounded: only the most recent recipients matter to a developer.
      for (const key of outbox.keys()) {
        if (outbox.size <= 100) break;
        outbox.delete(key);
      }
    },
  };
}

const holder = globalThis as unknown as { appMailOutbox?: Map<string, MailMessage>; appMailTransport?: MailTransport };
const outbox = (holder.appMailOutbox ??= new Map());

/** The transport in use; tests may replace it with `setMailTransport`. */
export function mailTransport(): MailTransport {
  holder.appMailTransport ??= env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : logTransport(outbox);
  return holder.appMailTransport;
}

export function setMailTransport(transport: MailTransport | undefined): void {
  holder.appMailTransport = transport;
}

/** True when a mailed link may be shown on the page: development or test, and no SMTP configured. */
export function mailLinkShownOnPage(): boolean {
  return env.NODE_ENV !== "production" && !env.SMTP_URL;
}

/** The latest link mailed to `to`, only where mailLinkShownOnPage() allows it. */
export function developmentMailLink(to: string): string | undefined {
  return mailLinkShownOnPage() ? outbox.get(to.toLowerCase())?.link : undefined;
}

import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

/** True when SMTP_URL is set, so that invitations are also emailed. */
export const mailEnabled = () => !!env.SMTP_URL;

/** Sends a plain-text email when SMTP is configured; failures are logged, never shown as a crash. */
export async function sendMail(to: string, subject: string, text: string): Promise<boolean> {
  if (!env.SMTP_URL) return false;
  try {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.SMTP_FROM, to, subject, text });
    return true;
  } catch (error) {
    console.error('[mail] could not send', error);
    return false;
  }
}

import nodemailer from 'nodemailer';
import type { MailTransport } from './message';

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (message, from) => {
      await transporter.sendMail({ ...message, from });
    },
  };
}

/** One email, rendered: what the ledger stores and the transport sends. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
};

export type MailTransport = { send: (message: MailMessage, from: string) => Promise<void> };

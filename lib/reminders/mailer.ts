// Sending the digests: SMTP through nodemailer when SMTP_URL is set (for example
// smtp://user:password@mail.example.edu:587); without it there is no mailer, and the job
// writes each digest to the server log instead (the app shows the reminders either way).
import nodemailer from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function mailerFromEnvironment(env: Record<string, string | undefined> = process.env): Mailer | null {
  if (!env.SMTP_URL) return null;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  const from = env.PACTA_MAIL_FROM || "Pacta <pacta@localhost>";
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

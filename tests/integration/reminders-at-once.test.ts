// Several servers run the reminder job at the same moment, each with its own database
// connection (as separate processes have): the database decides who sends, so each digest
// reaches the real SMTP server on loopback once. On PostgreSQL, the database several servers
// share: SQLite's driver is synchronous, so several of its connections in one test process
// would wait for each other's locks on one thread (separate processes do not).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import { createPrismaClient } from "@/lib/prisma-client";
import { reminderCommands } from "@/lib/reminders/commands";
import { runReminderJob } from "@/lib/reminders/job";
import { mailerFromEnvironment, type Mailer } from "@/lib/reminders/mailer";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { startSmtpServer } from "../support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = mailerFromEnvironment({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PACTA_MAIL_FROM: "Pacta <pacta@example.edu>" })!;
});
afterAll(() => smtp?.close());

const SERVERS = 4;
const USERS = 6;

describe("the reminder job run by several servers at once on PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgresql");
    await seedArticle(t.db);
    const editor = await createUser(t.db, "EDITOR");
    for (let i = 0; i < USERS; i++) {
      const user = await createUser(t.db, "VIEWER");
      const { result } = await executeCommand(reminderCommands.updateReminderSettings, user, { scope: "ALL", days: "60" }, t.db);
      expect(result.status).toBe("success");
    }
    for (let i = 0; i < 3; i++) await createTestAgreement(t.db, editor, { status: "ACTIVE", title: `Due Agreement ${i}`, expiresOn: "2030-04-19" });
  });
  afterAll(async () => t?.drop());

  it("sends each digest once", async () => {
    smtp.received.length = 0;
    const clients = Array.from({ length: SERVERS }, () => createPrismaClient(t.url));
    try {
      const now = new Date("2030-03-10T08:00:00Z");
      const results = await Promise.all(clients.map((db) => runReminderJob(db, { now, mailer, baseUrl: "https://pacta.example.edu", log: () => {} })));
      const delivered = results.flatMap((result) => result.digests.map((digest) => digest.to));
      // Every user's reminders recorded once (the 3 agreements ending in 40 days each), whoever found them.
      expect(await t.db.reminder.count({ where: { agreement: { title: { startsWith: "Due Agreement" } } } })).toBe(USERS * 3);
      expect(delivered).toHaveLength(USERS);
      expect(new Set(delivered).size).toBe(USERS);
      expect(smtp.received.flatMap((r) => r.to).sort()).toEqual(delivered.sort());
      // All of them delivered by e-mail: none left claimed or pending.
      expect(await t.db.reminder.count({ where: { NOT: { deliveredBy: "email" } } })).toBe(0);
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
    }
  });
});

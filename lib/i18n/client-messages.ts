import type { Messages } from "./translator";

// Only what components running in the browser translate is sent with each page; the
// server renders the rest. A client component that uses another namespace must add it here.
const CLIENT_NAMESPACES = ["shell", "signIn", "forms", "errors", "labels", "agreementForm", "agreementActions", "documents", "import", "directory", "exports", "roles", "users", "reminders", "profile"] as const;

export function clientMessages(messages: Messages): Partial<Messages> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns as keyof Messages]]));
}

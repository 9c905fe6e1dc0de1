// GET /api/ready: whether this server can serve (a load balancer's readiness probe): 200
// when the database answers, its migrations are applied and the document store takes a
// write; 503 with the failed check's name otherwise. Unauthenticated; reveals nothing private.
import { db } from "@/lib/db";
import { migrationsFolder } from "@/lib/database-migrations";
import { parseDatabaseUrl } from "@/lib/database-url";
import { documentStore } from "@/lib/documents/storage";
import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness({ db, migrations: migrationsFolder(parseDatabaseUrl().provider), store: documentStore });
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "not ready", reason: readiness.reason }, { status: 503, headers });
}

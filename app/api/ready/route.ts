// GET /api/ready: whether this server can serve (a load balancer's readiness probe): 200
// when the database answers, its migrations are applied and the document store takes a
// write; 503 with the failed check's name otherwise. Unauthenticated; reveals nothing private.
import { serverReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await serverReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "not ready", reason: readiness.reason }, { status: 503, headers });
}

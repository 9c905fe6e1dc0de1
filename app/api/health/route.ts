// GET /api/health: the process is alive and answers (a load balancer's liveness probe).
// Unauthenticated and touching nothing: no database, no storage, nothing private.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

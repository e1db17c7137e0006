import { pdfPoolStatus } from "@/lib/exports/pool";
import { databaseHealth } from "@/lib/health/data";
import { healthReport } from "@/lib/health/report";

// No authentication and no personal data: for load balancers and operators.
export const dynamic = "force-dynamic";

export async function GET() {
  const { status, body } = healthReport(await databaseHealth(), pdfPoolStatus());
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

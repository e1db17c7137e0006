import { getCurrentUser } from "@/lib/auth/session";
import { exportAccountData } from "@/lib/account/data";

// The signed-in user's own data as a JSON download; nobody else's, no id.
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "UNAUTHENTICATED" }, { status: 401 });
  const data = await exportAccountData(user.id);
  if (!data) return Response.json({ ok: false, code: "NOT_FOUND" }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="kravlots-mina-uppgifter.json"',
      "cache-control": "no-store",
    },
  });
}

// Runs once when a server instance starts (Next.js instrumentation hook).
// Starts the export render queue's worker, so exports another instance
// accepted but could not finish (it crashed or was stopped) are rendered
// here without waiting for a new export to wake the queue. Hands server.mjs
// the autosave doorways it answers without Next's router (lib/autosave/direct.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exportWorker } = await import("@/lib/exports/queue/worker");
  exportWorker().wake();
  const { registerDirectDoorway } = await import("@/lib/autosave/direct");
  registerDirectDoorway();
}

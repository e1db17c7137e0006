// A dynamic import() started once and shared by every caller; a failed one
// (a flaky connection) is started again by the next caller rather than
// failing for the rest of the visit.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

// Announced politely to screen readers; empty until something was saved.
export function SaveStatus({ message }: { message: string | null }) {
  return (
    <p role="status" aria-live="polite" className="min-h-6 font-semibold text-success">
      {message ?? ""}
    </p>
  );
}

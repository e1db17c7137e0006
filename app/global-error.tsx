"use client";

// Last resort when the root layout itself fails: no providers are available,
// so the text is fixed Swedish with English below.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="sv">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem" }}>
        <main>
          <h1>Något gick fel</h1>
          <p>Ett oväntat fel inträffade. Det du har sparat finns kvar.</p>
          <p lang="en">Something went wrong. What you have saved is still there.</p>
          <button type="button" onClick={reset}>
            Försök igen
          </button>
        </main>
      </body>
    </html>
  );
}

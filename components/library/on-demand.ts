"use client";

import dynamic from "next/dynamic";

// "Spara i organisationens bibliotek" is offered only in an organisation's
// drafts, collapsed, and its form brings its zod schema: loaded on its own
// instead of with the perspective step's first-load JavaScript (issue 14).
export const SaveToLibraryForm = dynamic(() =>
  import("@/components/library/save-to-library-form").then((m) => m.SaveToLibraryForm),
);

"use client";

import { useEffect } from "react";

// Marks <html data-hydrated> once React has hydrated the page. Browser tests
// that move a fake clock wait for it: a component hydrating after the jump
// would read the jumped clock as "now" and never see time pass.
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}

"use client";

import dynamic from "next/dynamic";
import type { ConflictDialog as ConflictDialogType } from "@/components/autosave/conflict-dialog";

// The conflict dialog (after a save that lost a race) and the recovery banner
// (an unsaved copy left in this browser) are rendered on few visits, and only
// after hydration, so they load when first shown instead of with every step's
// first-load JavaScript (issue 14: ≤ 180 kB gzip per step).
// The cast keeps the dialog's generic props, which dynamic() drops.
export const ConflictDialog = dynamic(() =>
  import("@/components/autosave/conflict-dialog").then((m) => m.ConflictDialog),
) as typeof ConflictDialogType;
export const RecoveryBanner = dynamic(() =>
  import("@/components/autosave/recovery-banner").then((m) => m.RecoveryBanner),
);

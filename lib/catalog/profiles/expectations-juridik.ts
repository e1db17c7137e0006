import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";

// What the juridik suggestions must rank for each procurement profile.
export const expectations: PerspectiveExpectations = {};

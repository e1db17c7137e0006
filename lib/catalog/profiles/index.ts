import type { Perspective } from "@/lib/vocabulary";
import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";
import { expectations as kundnytta } from "@/lib/catalog/profiles/expectations-kundnytta";
import { expectations as juridik } from "@/lib/catalog/profiles/expectations-juridik";
import { expectations as arbetsmiljo } from "@/lib/catalog/profiles/expectations-arbetsmiljo";
import { expectations as organisation } from "@/lib/catalog/profiles/expectations-organisation";

export { profiles, profileIds, type Profile, type ProfileId } from "@/lib/catalog/profiles/profiles";

export const expectationsByPerspective: Readonly<Record<Perspective, PerspectiveExpectations>> = {
  kundnytta,
  juridik,
  arbetsmiljo,
  organisation,
};

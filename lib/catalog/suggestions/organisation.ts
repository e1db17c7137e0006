import type { Suggestion } from "@/lib/catalog/schema";
import { organisationGrund } from "@/lib/catalog/suggestions/organisation-grund";
import { organisationDrift } from "@/lib/catalog/suggestions/organisation-drift";
import { organisationForvaltning } from "@/lib/catalog/suggestions/organisation-forvaltning";
import { organisationAvtal } from "@/lib/catalog/suggestions/organisation-avtal";
import { organisationInforande } from "@/lib/catalog/suggestions/organisation-inforande";

// Organisation: preparation, operation and support, management and further
// development, architecture and integration, price and reorganisation,
// introduction, continuity, collaboration and exit. Split over parts of
// < 300 lines; the order is the catalog order, which breaks ranking ties.
export const organisationSuggestions: readonly Suggestion[] = [
  ...organisationGrund,
  ...organisationDrift,
  ...organisationForvaltning,
  ...organisationAvtal,
  ...organisationInforande,
];

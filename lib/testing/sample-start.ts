import { startStepSchema, type StartStep } from "@/lib/drafts/schema";

// One filled-in Start step with Swedish letters, shared by tests and benchmarks.
export const sampleStart: StartStep = startStepSchema.parse({
  title: "E-tjänst för färdtjänst i Östersund, Åre och Växjö",
  organisation: "Region Jämtland Härjedalen",
  procuredItem: "Ett system där invånare ansöker om färdtjänst och handläggare följer ärendet.",
  productTypes: ["e_service", "cloud_saas"],
  personalData: "sensitive",
  userGroups: ["citizens", "staff"],
  usersDescription: "Cirka 4 000 sökande per år och 25 handläggare.",
  userCounts: { citizens: 4000, staff: 25 },
  critical: "yes",
  aiComponent: "no",
  procedure: "open",
  estimatedValueSek: 6_000_000,
  contractMonths: 48,
});

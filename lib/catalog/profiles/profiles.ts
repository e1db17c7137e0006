import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext } from "@/lib/drafts/schema";

// Procurement profiles that the relevance test ranks: typical procurements of
// Swedish municipalities and regions, described as a procurer would answer
// Start and the guided questions. Expectations per perspective live beside
// this file (expectations-<perspective>.ts).
export type Profile = { id: ProfileId; name: string; context: DraftContext; answers: DraftAnswers };

export const profileIds = [
  "skolplattform",
  "bygglov",
  "hr-lon",
  "socialtjanst",
  "oppna-data",
  "ai-chatbot",
  "bibliotek",
  "dokument-arende",
  "vard-molntjanst",
] as const;
export type ProfileId = (typeof profileIds)[number];

export const profiles: readonly Profile[] = [
  {
    id: "skolplattform",
    name: "Lärplattform för grundskolan, köpt som molntjänst",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "Lärplattform för elever, vårdnadshavare och lärare",
      productTypes: ["cloud_saas"],
      personalData: "ordinary",
      userGroups: ["citizens", "staff"],
      critical: "no",
      aiComponent: "no",
      procedure: "open",
      estimatedValueSek: 4_000_000,
      contractMonths: 48,
    },
    answers: { juridik: { hosting: "eu", secrecy: "yes" }, kundnytta: { channels: ["web", "mobile"] } },
  },
  {
    id: "bygglov",
    name: "E-tjänst för bygglovsansökan",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "E-tjänst där invånare och företag söker bygglov och följer ärendet",
      productTypes: ["e_service"],
      personalData: "ordinary",
      userGroups: ["citizens", "businesses", "staff"],
      critical: "no",
      aiComponent: "no",
      procedure: "open",
      estimatedValueSek: 1_500_000,
      contractMonths: 48,
    },
    answers: { juridik: { hosting: "sweden", secrecy: "no" }, kundnytta: { channels: ["web"] } },
  },
  {
    id: "hr-lon",
    name: "HR- och lönesystem för kommunens anställda",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "HR- och lönesystem med självservice för chefer och medarbetare",
      productTypes: ["business_system", "cloud_saas"],
      personalData: "sensitive",
      userGroups: ["staff"],
      critical: "yes",
      aiComponent: "no",
      procedure: "open",
      estimatedValueSek: 12_000_000,
      contractMonths: 72,
    },
    answers: { juridik: { hosting: "eu", secrecy: "yes" } },
  },
  {
    id: "socialtjanst",
    name: "Verksamhetssystem för socialtjänstens ärendehantering",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "Verksamhetssystem för handläggning och dokumentation inom socialtjänsten",
      productTypes: ["business_system"],
      personalData: "sensitive",
      userGroups: ["staff", "citizens"],
      critical: "yes",
      aiComponent: "no",
      procedure: "negotiated",
      estimatedValueSek: 25_000_000,
      contractMonths: 96,
    },
    answers: { juridik: { hosting: "sweden", secrecy: "yes" } },
  },
  {
    id: "oppna-data",
    name: "Portal för öppna data",
    context: {
      organisation: "Exempelregion",
      procuredItem: "Portal där regionen publicerar öppna data och API:er",
      productTypes: ["cloud_saas", "integration"],
      personalData: "none",
      userGroups: ["citizens", "businesses"],
      critical: "no",
      aiComponent: "no",
      procedure: "simplified",
      estimatedValueSek: 800_000,
      contractMonths: 36,
    },
    answers: { juridik: { hosting: "eu", secrecy: "no" }, kundnytta: { channels: ["web"] } },
  },
  {
    id: "ai-chatbot",
    name: "AI-chattbot som svarar invånare",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "Chattbot med språkmodell som svarar invånare på kommunens webbplats",
      productTypes: ["cloud_saas"],
      personalData: "ordinary",
      userGroups: ["citizens", "staff"],
      critical: "no",
      aiComponent: "yes",
      procedure: "open",
      estimatedValueSek: 2_000_000,
      contractMonths: 36,
    },
    answers: { juridik: { hosting: "unknown", secrecy: "unknown" }, kundnytta: { channels: ["web", "mobile"] } },
  },
  {
    id: "bibliotek",
    name: "Bibliotekssystem med låntagarwebb",
    context: {
      organisation: "Exempelkommun",
      procuredItem: "Bibliotekssystem med katalog, utlån och webb för låntagare",
      productTypes: ["cloud_saas"],
      personalData: "ordinary",
      userGroups: ["citizens", "staff"],
      critical: "no",
      aiComponent: "no",
      procedure: "framework_call",
      estimatedValueSek: 1_200_000,
      contractMonths: 48,
    },
    answers: { juridik: { hosting: "eu", secrecy: "yes" }, kundnytta: { channels: ["web", "mobile"] } },
  },
  {
    id: "dokument-arende",
    name: "Dokument- och ärendehanteringssystem med e-arkiv",
    context: {
      organisation: "Exempelregion",
      procuredItem: "Dokument- och ärendehanteringssystem med diarium och leverans till e-arkiv",
      productTypes: ["business_system", "integration"],
      personalData: "ordinary",
      userGroups: ["staff"],
      critical: "yes",
      aiComponent: "no",
      procedure: "restricted",
      estimatedValueSek: 9_000_000,
      contractMonths: 72,
    },
    answers: { juridik: { hosting: "sweden", secrecy: "yes" } },
  },
  {
    id: "vard-molntjanst",
    name: "Digital vårdtjänst som molntjänst med hälsodata",
    context: {
      organisation: "Exempelregion",
      procuredItem: "Digital vårdtjänst där invånare får vård via video och chatt",
      productTypes: ["cloud_saas", "app"],
      personalData: "sensitive",
      userGroups: ["citizens", "staff"],
      critical: "yes",
      aiComponent: "no",
      procedure: "open",
      estimatedValueSek: 15_000_000,
      contractMonths: 48,
    },
    answers: { juridik: { hosting: "unknown", secrecy: "yes" }, kundnytta: { channels: ["web", "mobile"] } },
  },
];

// What a perspective's suggestions must do for each profile: the ids that must
// be among that perspective's top five, and ids that must not be there (they
// do not fit the procurement even if their conditions hold).
export type ProfileExpectation = { top5: readonly string[]; notTop5?: readonly string[] };
// Partial in the type so a perspective can be filled in step by step; the
// profiles test requires every profile.
export type PerspectiveExpectations = Readonly<Partial<Record<ProfileId, ProfileExpectation>>>;

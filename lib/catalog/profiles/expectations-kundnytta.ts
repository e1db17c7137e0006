import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";

// What the kundnytta suggestions must rank for each procurement profile.
// Citizen-facing items (accessibility, devices, representation) must lead
// where invånare use the service and stay out where only staff do; login and
// e-application items belong to e-services, not to a care app or a chatbot.
export const expectations: PerspectiveExpectations = {
  skolplattform: {
    top5: ["s-kn-vardnadshavare", "s-kn-wcag", "s-kn-webblasare-enheter"],
    notTop5: ["s-kn-helt-digitalt", "s-kn-e-legitimation", "s-kn-oppet-api"],
  },
  bygglov: {
    top5: ["s-kn-helt-digitalt", "s-kn-ombud-fullmakt", "s-kn-wcag"],
    notTop5: ["s-kn-vardnadshavare", "s-kn-ai-information", "s-kn-oppet-api"],
  },
  "hr-lon": {
    top5: ["s-kn-klientmiljo", "s-kn-anvandarscenarier"],
    notTop5: ["s-kn-wcag", "s-kn-webblasare-enheter", "s-kn-e-legitimation", "s-kn-digital-brevlada"],
  },
  socialtjanst: {
    top5: ["s-kn-wcag", "s-kn-vardnadshavare"],
    notTop5: ["s-kn-e-legitimation", "s-kn-helt-digitalt", "s-kn-oppet-api"],
  },
  "oppna-data": {
    top5: ["s-kn-oppet-api", "s-kn-oppna-data", "s-kn-wcag"],
    notTop5: ["s-kn-e-legitimation", "s-kn-ombud-fullmakt", "s-kn-vardnadshavare", "s-kn-digital-brevlada"],
  },
  "ai-chatbot": {
    top5: ["s-kn-ai-information", "s-kn-ai-svarskvalitet", "s-kn-ai-overlamning"],
    notTop5: ["s-kn-e-legitimation", "s-kn-helt-digitalt", "s-kn-vardnadshavare"],
  },
  bibliotek: {
    top5: ["s-kn-wcag", "s-kn-webblasare-enheter"],
    notTop5: ["s-kn-helt-digitalt", "s-kn-e-legitimation", "s-kn-digital-brevlada"],
  },
  "dokument-arende": {
    top5: ["s-kn-klientmiljo", "s-kn-anvandarscenarier"],
    notTop5: ["s-kn-wcag", "s-kn-e-legitimation", "s-kn-oppna-data", "s-kn-oppet-api"],
  },
  "vard-molntjanst": {
    top5: ["s-kn-app-plattform", "s-kn-wcag", "s-kn-vardnadshavare"],
    notTop5: ["s-kn-e-legitimation", "s-kn-helt-digitalt", "s-kn-spara-utkast", "s-kn-arendestatus"],
  },
};

import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";

// What the arbetsmiljö suggestions must rank for each procurement profile.
// Whenever staff use the system, the risk assessment with skyddsombud before
// the change belongs in the top five; critical services add the staff's
// situation during outages, case handling adds the decision view, cloud
// services the control over pushed changes, AI the staff's oversight.
export const expectations: PerspectiveExpectations = {
  skolplattform: {
    top5: ["s-am-riskbedomning-skyddsombud", "s-am-svarstider", "s-am-molnandringar"],
    // Teachers do not work a case queue; queue control is for case handling.
    notTop5: ["s-am-egen-styrning"],
  },
  bygglov: {
    top5: ["s-am-riskbedomning-skyddsombud", "s-am-dubbelregistrering", "s-am-overblick"],
  },
  "hr-lon": {
    top5: ["s-am-driftavbrott", "s-am-riskbedomning-skyddsombud", "s-am-overblick"],
  },
  socialtjanst: {
    top5: ["s-am-riskbedomning-skyddsombud", "s-am-driftavbrott", "s-am-overblick"],
  },
  // No staff among the users: only the mapping of who is affected indirectly.
  "oppna-data": {
    top5: ["s-am-berorda-medarbetare"],
  },
  "ai-chatbot": {
    top5: ["s-am-ai-tillsyn", "s-am-ai-information", "s-am-riskbedomning-skyddsombud"],
    notTop5: ["s-am-egen-styrning"],
  },
  bibliotek: {
    top5: ["s-am-riskbedomning-skyddsombud", "s-am-bildskarmsarbete", "s-am-svarstider"],
    notTop5: ["s-am-egen-styrning"],
  },
  "dokument-arende": {
    top5: ["s-am-riskbedomning-skyddsombud", "s-am-overblick", "s-am-driftavbrott"],
  },
  "vard-molntjanst": {
    top5: ["s-am-driftavbrott", "s-am-riskbedomning-skyddsombud", "s-am-mobilt-arbete"],
  },
};

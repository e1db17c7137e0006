import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";

// What the organisation suggestions must rank for each procurement profile:
// a service bought from a supplier needs defined service levels and an exit;
// a service that supports samhällsviktig verksamhet needs continuity first;
// an open-data portal lives on its APIs; a call-off follows the framework.
export const expectations: PerspectiveExpectations = {
  skolplattform: {
    top5: ["s-or-tillganglighet-sla", "s-or-molnbyte", "s-or-identitet"],
    notTop5: ["s-or-datacenter-energi", "s-or-samverkansoption"],
  },
  bygglov: {
    top5: ["s-or-identitet", "s-or-tillganglighet-sla", "s-or-prismodell"],
    notTop5: ["s-or-datacenter-energi", "s-or-nojdhetsmatning"],
  },
  "hr-lon": {
    top5: ["s-or-kontinuitetsplan", "s-or-sakerhetskopiering-kritisk", "s-or-felklass-kritisk"],
    notTop5: ["s-or-datacenter-energi", "s-or-referensuppdrag"],
  },
  socialtjanst: {
    top5: ["s-or-kontinuitetsplan", "s-or-reservrutin", "s-or-sakerhetskopiering-kritisk"],
    notTop5: ["s-or-datacenter-energi", "s-or-identitet"],
  },
  "oppna-data": {
    top5: ["s-or-api-versioner", "s-or-tillganglighet-sla", "s-or-molnbyte"],
    notTop5: ["s-or-identitet", "s-or-datacenter-energi"],
  },
  "ai-chatbot": {
    top5: ["s-or-ai-andringar", "s-or-molnbyte", "s-or-tillganglighet-sla"],
    notTop5: ["s-or-datacenter-energi"],
  },
  bibliotek: {
    top5: ["s-or-avrop-ramavtal", "s-or-molnbyte"],
    notTop5: ["s-or-kontinuitetsplan", "s-or-samverkansoption"],
  },
  "dokument-arende": {
    top5: ["s-or-kontinuitetsplan", "s-or-sakerhetskopiering-kritisk"],
    notTop5: ["s-or-molnbyte", "s-or-datacenter-energi"],
  },
  "vard-molntjanst": {
    top5: ["s-or-kontinuitetsplan", "s-or-felklass-kritisk", "s-or-sakerhetskopiering-kritisk"],
    notTop5: ["s-or-avrop-ramavtal", "s-or-datacenter-energi"],
  },
};

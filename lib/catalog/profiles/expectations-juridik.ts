import type { PerspectiveExpectations } from "@/lib/catalog/profiles/profiles";

// What the juridik suggestions must rank for each procurement profile: the
// legal obligations a procurer would insist on seeing first (the PUB-avtal
// whenever a supplier processes personal data, third-country transfer for a
// cloud service with personal data, secrecy whenever secret data is handled),
// and suggestions that are valid but do not belong at the top.
export const expectations: PerspectiveExpectations = {
  skolplattform: {
    top5: ["s-ju-pub-avtal", "s-ju-tystnadsplikt", "s-ju-tredjelandsoverforing"],
    notTop5: ["s-ju-arbetsrattsliga-villkor", "s-ju-referenser"],
  },
  bygglov: {
    top5: ["s-ju-pub-avtal", "s-ju-registrerades-rattigheter"],
    notTop5: ["s-ju-kallkodsdeposition", "s-ju-ekonomisk-stabilitet"],
  },
  "hr-lon": {
    top5: ["s-ju-pub-avtal", "s-ju-tystnadsplikt", "s-ju-tredjelandsoverforing"],
    notTop5: ["s-ju-arbetsrattsliga-villkor", "s-ju-kallkodsdeposition"],
  },
  socialtjanst: {
    top5: ["s-ju-pub-avtal", "s-ju-tystnadsplikt", "s-ju-logguppfoljning"],
    notTop5: ["s-ju-kallkodsdeposition", "s-ju-arbetsrattsliga-villkor"],
  },
  "oppna-data": {
    top5: ["s-ju-dataagande", "s-ju-tillganglighetsredogorelse"],
    notTop5: ["s-ju-ekonomisk-stabilitet", "s-ju-referenser"],
  },
  "ai-chatbot": {
    top5: ["s-ju-ai-transparens", "s-ju-pub-avtal", "s-ju-tredjelandsoverforing"],
    notTop5: ["s-ju-sekretessmarkering", "s-ju-referenser"],
  },
  bibliotek: {
    top5: ["s-ju-pub-avtal", "s-ju-tystnadsplikt", "s-ju-tredjelandsoverforing"],
    notTop5: ["s-ju-referenser", "s-ju-ekonomisk-stabilitet"],
  },
  "dokument-arende": {
    top5: ["s-ju-tystnadsplikt", "s-ju-pub-avtal", "s-ju-sekretessmarkering"],
    notTop5: ["s-ju-kallkodsdeposition", "s-ju-arbetsrattsliga-villkor"],
  },
  "vard-molntjanst": {
    top5: ["s-ju-pub-avtal", "s-ju-tredjelandsoverforing", "s-ju-tystnadsplikt"],
    notTop5: ["s-ju-ekonomisk-stabilitet", "s-ju-arbetsrattsliga-villkor"],
  },
};

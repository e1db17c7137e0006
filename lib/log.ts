import "server-only";
import { headers } from "next/headers";
import pino, { type DestinationStream, type Logger } from "pino";

// One structured JSON log line per event on stdout (the operator's log
// collector reads it). Personal data stays out: fields that could carry it are
// redacted wherever they appear, and callers log ids, never names, e-mail
// addresses or requirement texts. An error is logged once, where it is
// handled, with its cause chain (errWithCause).
export function createLog(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "kravlots" },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: pino.stdSerializers.errWithCause },
      redact: {
        paths: [
          "password",
          "*.password",
          "email",
          "*.email",
          "name",
          "*.name",
          "token",
          "*.token",
          "cookie",
          "*.cookie",
          "authorization",
          "*.authorization",
          "headers",
          "*.headers",
        ],
        censor: "[borttaget]",
      },
    },
    destination,
  );
}

export const rootLog = createLog(undefined, process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"));

// The request id proxy.ts gives every request (x-request-id), so the lines
// of one request can be found together; outside a request (a background
// render after the response) the root logger.
export async function requestLog(): Promise<Logger> {
  try {
    const id = (await headers()).get("x-request-id");
    return id ? rootLog.child({ requestId: id }) : rootLog;
  } catch {
    return rootLog;
  }
}

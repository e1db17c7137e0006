// CPU time of a server: user + system time of every process in its process
// group (next start and anything it forked), read from /proc in clock ticks
// (10 ms each), so a measurement over hundreds of requests is exact enough.
import { readdirSync, readFileSync } from "node:fs";

const ticksPerSecond = 100;

export function groupCpuMs(pgid) {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[2] is the process group; fields[11], fields[12] utime, stime.
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}

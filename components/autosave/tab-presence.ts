// Two tabs on the same step share one local copy (localStorage is per
// origin). A copy is only "unsaved changes from a closed tab" if no open tab
// still holds that step: ask over a BroadcastChannel and wait briefly for an
// answer before offering it back.
const channelName = "kravlots-autosave";
const answerWithinMs = 300;

type Message = { type: "ping" | "pong"; key: string; from: string };

export function announcePresence(key: string): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(channelName);
  const self = crypto.randomUUID();
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.type === "ping" && event.data.key === key && event.data.from !== self) {
      channel.postMessage({ type: "pong", key, from: self } satisfies Message);
    }
  };
  return () => channel.close();
}

export function isOpenElsewhere(key: string): Promise<boolean> {
  if (typeof BroadcastChannel === "undefined") return Promise.resolve(false);
  const channel = new BroadcastChannel(channelName);
  const self = crypto.randomUUID();
  return new Promise((resolve) => {
    const done = (open: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(open);
    };
    const timer = setTimeout(() => done(false), answerWithinMs);
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.type === "pong" && event.data.key === key) done(true);
    };
    channel.postMessage({ type: "ping", key, from: self } satisfies Message);
  });
}

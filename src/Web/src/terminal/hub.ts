import { HttpError, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import { createSignal, untrack } from "solid-js";

// One connection to /hubs/terminal per page, shared by every terminal pane and the dashboard's live status.
// It never gives up: backoff from 250 ms to 10 s, forever (SPEC §4 asks for at least 10 tries).

export type LinkState = "connecting" | "connected" | "reconnecting" | "offline";

export interface StatusPush {
  sessionId: string;
  status: string;
  stage: string | null;
  progress: number;
  message: string | null;
}

const [linkState, setLinkState] = createSignal<LinkState>("offline");
export { linkState };

const statusListeners = new Set<(push: StatusPush) => void>();
const connectedListeners = new Set<() => void>();
let connection: HubConnection | null = null;
let starting: Promise<void> | null = null;
let attempts = 0;
// Whether the page wants a connection: set by ensureHub, cleared by closeHub, so a retry never outlives a sign-out.
let wanted = false;
let retryTimer: number | undefined;

const delay = (attempt: number) => Math.min(10_000, 250 * 2 ** Math.min(attempt, 6));

function build(): HubConnection {
  const hub = new HubConnectionBuilder()
    .withUrl("/hubs/terminal")
    .withHubProtocol(new MessagePackHubProtocol())
    .withAutomaticReconnect({
      // Forever, but not when the server says the sign-in is gone (a sign-out in another tab, an expired cookie).
      nextRetryDelayInMilliseconds: (context) =>
        context.retryReason instanceof HttpError && context.retryReason.statusCode === 401 ? null : delay(context.previousRetryCount),
    })
    .configureLogging(LogLevel.None)
    .build();
  hub.on("SessionStatus", (sessionId: string, status: string, stage: string | null, progress: number, message: string | null) => {
    for (const listener of statusListeners) listener({ sessionId, status, stage, progress, message });
  });
  hub.onreconnecting(() => setLinkState("reconnecting"));
  hub.onreconnected(() => connected());
  // Automatic reconnect ends only when the server refused a reconnect outright: start over ourselves.
  hub.onclose(() => {
    if (connection === hub) scheduleStart();
  });
  return hub;
}

function connected(): void {
  attempts = 0;
  setLinkState("connected");
  for (const listener of connectedListeners) listener();
}

function scheduleStart(): void {
  if (!wanted) return;
  setLinkState("reconnecting");
  clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => void ensureHub(), delay(attempts++));
}

function startFailed(error: unknown): void {
  // Refused as signed out: retrying cannot help; the page shows the sign-in screen.
  if (error instanceof HttpError && error.statusCode === 401) {
    wanted = false;
    setLinkState("offline");
    return;
  }
  scheduleStart();
}

/** Starts the shared connection if it is not running; resolves once it is connected (or the attempt failed). */
export function ensureHub(): Promise<void> {
  wanted = true;
  connection ??= build();
  const hub = connection;
  if (hub.state !== HubConnectionState.Disconnected) return starting ?? Promise.resolve();
  if (untrack(linkState) === "offline") setLinkState("connecting");
  starting = hub
    .start()
    .then(connected, startFailed)
    .finally(() => (starting = null));
  return starting;
}

/** Signing out: close without reconnecting. */
export async function closeHub(): Promise<void> {
  wanted = false;
  clearTimeout(retryTimer);
  const hub = connection;
  connection = null;
  setLinkState("offline");
  await hub?.stop();
}

export function hub(): HubConnection | null {
  return connection?.state === HubConnectionState.Connected ? connection : null;
}

export function onStatus(listener: (push: StatusPush) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** Called on every (re)connection, so attached terminals can attach again from their last offset. */
export function onConnected(listener: () => void): () => void {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}

import type { ISubscription } from "@microsoft/signalr";
import type { Terminal } from "@xterm/xterm";
import { hub, onConnected } from "./hub";

interface Chunk {
  offset: number;
  data: Uint8Array;
  reset: boolean;
}

const ackEveryBytes = 256 * 1024;
const ackDelayMs = 50;

/**
 * Binds one xterm.js terminal to one tab (SPEC §4): attaches from the last offset it saw, again after every
 * reconnect, so the screen gets exactly the bytes after it — overlapping bytes are cut, never written twice —
 * or, when the host no longer has them, a reset and a repaint. Consumed offsets are acknowledged (flow control).
 */
export class TerminalLink {
  private offset = 0;
  private acked = 0;
  private ackTimer: number | undefined;
  private subscription: ISubscription<Chunk> | null = null;
  private readonly stopListening: () => void;
  private readonly encoder = new TextEncoder();
  ctrlArmed = false;

  constructor(
    private readonly term: Terminal,
    private readonly sessionId: string,
    private readonly tab: number,
    private readonly report: (message: string | null) => void,
    private readonly onReset: () => void,
  ) {
    this.stopListening = onConnected(() => this.attach());
    term.onData((data) => this.send(this.applyCtrl(data)));
    term.onBinary((data) => this.sendBytes(Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff)));
    this.attach();
  }

  /** Attaches (again) from the last offset; a no-op while the connection is down — reconnecting calls it. */
  attach(): void {
    const connection = hub();
    if (!connection) return;
    this.subscription?.dispose();
    const stream = connection.stream<Chunk>("Attach", this.sessionId, this.tab, this.term.cols, this.term.rows, this.offset);
    const subscription = stream.subscribe({
      next: (chunk) => this.receive(chunk),
      // A dropped connection ends the stream with an error too; the reconnect attaches again.
      error: (error) => {
        if (hub() && this.subscription === subscription) this.report(String(error?.message ?? error).replace(/^.*HubException: /, ""));
      },
      complete: () => {
        if (this.subscription === subscription) this.report("The terminal has ended. Start the session to open it again.");
      },
    });
    this.subscription = subscription;
    this.report(null);
  }

  send(data: string): void {
    if (data) this.sendBytes(this.encoder.encode(data));
  }

  resize(cols: number, rows: number): void {
    hub()?.invoke("Resize", this.sessionId, this.tab, cols, rows).catch(() => undefined);
  }

  dispose(): void {
    this.stopListening();
    this.subscription?.dispose();
    this.subscription = null;
    clearTimeout(this.ackTimer);
  }

  private receive(chunk: Chunk): void {
    if (chunk.reset) {
      this.onReset();
      this.term.reset();
      this.offset = chunk.offset;
      return;
    }
    let data = chunk.data;
    if (chunk.offset < this.offset) data = data.subarray(this.offset - chunk.offset);
    if (data.length === 0) return;
    const end = chunk.offset + chunk.data.length;
    this.offset = end;
    this.term.write(data, () => this.consumed(end));
  }

  private consumed(end: number): void {
    if (end - this.acked >= ackEveryBytes) return this.ack(end);
    clearTimeout(this.ackTimer);
    this.ackTimer = window.setTimeout(() => this.ack(end), ackDelayMs);
  }

  private ack(end: number): void {
    if (end <= this.acked) return;
    this.acked = end;
    hub()?.send("Ack", this.sessionId, this.tab, end).catch(() => undefined);
  }

  private sendBytes(bytes: Uint8Array): void {
    const connection = hub();
    if (!connection) return this.report("Not connected: input is not sent. Reconnecting…");
    connection.invoke("Input", this.sessionId, this.tab, bytes).catch((error: Error) => this.report(error.message.replace(/^.*HubException: /, "")));
  }

  /** The on-screen Ctrl key: the next letter typed becomes its control character. */
  private applyCtrl(data: string): string {
    if (!this.ctrlArmed || data.length !== 1) return data;
    this.ctrlArmed = false;
    const code = data.toUpperCase().charCodeAt(0);
    return code >= 64 && code <= 95 ? String.fromCharCode(code - 64) : data;
  }
}

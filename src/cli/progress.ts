import type { CliIo } from "./command.js";

/** A one-line progress display on a terminal (stderr); silent when output is not a terminal. */
export function progressLine(io: CliIo, label: string): { update(text: string): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(text) {
      if (!io.isTTY) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r${label} ${text}\u001b[K`);
    },
    done() {
      if (shown) io.stderr("\r\u001b[K");
    },
  };
}

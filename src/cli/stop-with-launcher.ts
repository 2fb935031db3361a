/** How often a server started by npm looks for its parent, in ms. */
const POLL_MS = 250;

/**
 * Calls `stop` once the process that started this one has ended. Under
 * `npx dossier serve` (or an npm script) the process tree is npm -> sh -c ->
 * node: Ctrl-C reaches all three, since the terminal signals the whole
 * foreground group, but npm passes a SIGTERM sent to it, the process the
 * user started, only to the shell, which dies of it and leaves this process
 * serving, adopted by init. Only then does the parent change. Returns a
 * function that stops watching. The timer never keeps the process alive.
 */
export function stopWithLauncher(stop: () => void): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) stop();
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

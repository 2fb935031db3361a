import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumExecutable } from "./chromium-executable.js";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** As strict as the served app's: no inline script or style, nothing from elsewhere. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The pages of `routes` served on 127.0.0.1 under a strict CSP, and headless
 * Chromium on a laptop-sized page whose console errors, page errors and
 * dialogs are collected in `problems` (the browser tests fail on any).
 */
export async function servedInBrowser(routes: Hono): Promise<{ origin: string; browser: Browser; page: Page; problems: string[]; close(): Promise<void> }> {
  const app = new Hono();
  app.use("*", async (c, next) => { await next(); c.res.headers.set("Content-Security-Policy", CSP); });
  app.route("/", routes);
  let server!: ServerType;
  const port = await new Promise<number>((ready) => { server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => ready(info.port)); });
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return {
    origin: `http://127.0.0.1:${port}`, browser, page, problems,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

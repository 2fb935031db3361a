import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** An invented article page: one person, one event. */
export const ARTICLE_HTML = `<!doctype html><html><head><title>Diplomat defects</title></head><body>
<article><h1>Diplomat defects</h1><p>Thae Yong-ho, a counsellor at the embassy in London, defected to South Korea in 2016.</p>
<p>The ministry confirmed the report on Wednesday.</p></article></body></html>`;

type Handler = (req: IncomingMessage, res: ServerResponse, port: number) => void;

const page = (type: string | undefined, body: string): Handler => (_req, res) => {
  if (type) res.setHeader("content-type", type);
  res.end(body);
};

/** Streams `bytes` in 64 kB chunks without declaring a length. */
const stream = (bytes: number): Handler => (_req, res) => {
  res.setHeader("content-type", "text/html");
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const more = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", more);
    }
    if (!res.destroyed) res.end();
  };
  more();
};

const ROUTES: Record<string, Handler> = {
  "/article": page("text/html; charset=utf-8", ARTICLE_HTML),
  "/text": page("text/plain", "Diplomat defects\n\nThae Yong-ho, a counsellor at the embassy in London, defected to South Korea in 2016."),
  "/untyped": page(undefined, ARTICLE_HTML),
  "/pdf": page("application/pdf", "%PDF-1.4 not really"),
  "/missing": (_req, res) => { res.statusCode = 404; res.end("not here"); },
  "/gzip": (_req, res) => { res.setHeader("content-encoding", "gzip"); res.setHeader("content-type", "text/html"); res.end("\x1f\x8b"); },
  "/loop": (_req, res) => { res.statusCode = 302; res.setHeader("location", "/loop"); res.end(); },
  "/to-ftp": (_req, res) => { res.statusCode = 301; res.setHeader("location", "ftp://127.0.0.1/article"); res.end(); },
  "/big": stream(3 * 1024 * 1024),
  "/big-declared": (_req, res) => { res.setHeader("content-length", String(100 * 1024 * 1024)); res.setHeader("content-type", "text/html"); res.write("<html>"); },
  "/hang": () => undefined,
  "/stall": (_req, res) => { res.setHeader("content-type", "text/html"); res.write("<html><body><p>The first words"); },
  "/host": (req, res) => { res.setHeader("content-type", "text/plain"); res.end(`Host header: ${req.headers.host}`); },
};

/** "/hop/3" redirects to "/hop/2" … "/hop/0" to "/article"; "/via/NAME/…" redirects to http://NAME:PORT/… (a name the test resolves). */
function route(path: string): Handler | undefined {
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) return (_req, res) => { res.statusCode = 302; res.setHeader("location", Number(hop[1]) ? `/hop/${Number(hop[1]) - 1}` : "/article"); res.end(); };
  const via = /^\/via\/([^/]+)(\/.*)$/.exec(path);
  if (via) return (_req, res, port) => { res.statusCode = 307; res.setHeader("location", `http://${via[1]}:${port}${via[2]}`); res.end(); };
  return ROUTES[path];
}

/** A real HTTP server on 127.0.0.1 (a free port) serving the routes above; counts the requests it was sent. */
export async function startPageServer(): Promise<{ base: string; port: number; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    res.on("error", () => undefined);
    const handler = route(new URL(req.url ?? "/", "http://x").pathname);
    if (handler) handler(req, res, (server.address() as AddressInfo).port);
    else { res.statusCode = 404; res.end(); }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`, port, requests: () => requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

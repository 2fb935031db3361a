import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { DossierError } from "../../errors.js";
import { classifyAddress } from "./address-class.js";

export interface FetchOptions {
  /** For the whole fetch, redirects and body included; default 15 s. */
  timeoutMs?: number;
  /** Bytes of the page, counted as they arrive; default 20 MB. */
  maxBytes?: number;
  /** Redirects followed, each checked like the first URL; default 5. */
  maxRedirects?: number;
  /** Fetch from loopback, private, link-local and other internal addresses too. */
  allowPrivate?: boolean;
  /** Name resolution; default the system's. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  /** Internal addresses fetched all the same, without allowing every one (a test server on 127.0.0.1). */
  allowAddresses?: readonly string[];
  /** The User-Agent header; default "dossier (article reader)". */
  userAgent?: string;
  /** The Accept header; default HTML and plain text first. */
  accept?: string;
  /** Conditional GET (If-None-Match, If-Modified-Since): a 304 then comes back as a page with no bytes. */
  conditional?: { etag?: string; lastModified?: string };
  /** Error statuses given back as a page with no bytes instead of failing (404 and 410 tell that a page is gone). */
  keepStatuses?: readonly number[];
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

/**
 * A page as it arrived: the URL it came from after redirects, its declared
 * type, its bytes, its status, and the validators and delay the server sent.
 */
export interface FetchedPage {
  url: string; contentType: string | undefined; bytes: Buffer;
  status: number; etag?: string; lastModified?: string; retryAfter?: string;
}

type Settings = Required<Pick<FetchOptions, "timeoutMs" | "maxBytes" | "maxRedirects" | "allowPrivate">> & Omit<FetchOptions, "timeoutMs" | "maxBytes" | "maxRedirects" | "allowPrivate">;

const DEFAULT_ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1";

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** An http or https URL; anything else (file:, ftp:, data:, javascript:) is refused. */
export function httpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new DossierError("fetch_refused", `${text} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new DossierError("fetch_refused", `${url.href}: only http and https URLs are fetched`);
  return url;
}

/**
 * Fetches a page from the web with the guards a server-side fetch needs:
 * one deadline for everything, a size cap counted while the bytes arrive,
 * at most a few redirects, each hop's name resolved and every address
 * checked (loopback, private, link-local, unique-local, multicast,
 * unspecified, IPv4-mapped and CGNAT addresses are refused unless
 * allowPrivate), and the connection made to the address that was checked,
 * so that a name resolving elsewhere on a second lookup (DNS rebinding)
 * changes nothing. The Host header and TLS server name stay the URL's.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings: Settings = { ...FETCH_DEFAULTS, allowPrivate: false, ...options };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  try {
    let current = httpUrl(url);
    for (let hop = 0; ; hop++) {
      const address = await withDeadline(checkedAddress(current, settings), deadline.signal);
      const response = await request(current, address, deadline.signal, settings);
      const location = REDIRECTS.has(response.statusCode ?? 0) ? response.headers.location : undefined;
      if (location) {
        response.destroy();
        if (hop >= settings.maxRedirects) throw new DossierError("fetch_failed", `${url}: more than ${settings.maxRedirects} redirects`);
        current = httpUrl(location, current);
        continue;
      }
      const status = response.statusCode ?? 0;
      const kept = (status === 304 && settings.conditional) || settings.keepStatuses?.includes(status);
      const bytes = kept ? (response.destroy(), Buffer.alloc(0)) : await bodyOf(response, current, settings.maxBytes);
      // a body that ends when the connection closes (no length, not chunked) ends "normally" when the deadline cut it too
      if (!kept && (deadline.signal.aborted || !response.complete)) throw new DossierError("fetch_failed", `${url}: the answer was cut off before its end`);
      const h = response.headers;
      return { url: current.href, contentType: h["content-type"], bytes, status, etag: header(h.etag), lastModified: header(h["last-modified"]), retryAfter: header(h["retry-after"]) };
    }
  } catch (err) {
    if (deadline.signal.aborted) throw new DossierError("fetch_failed", `${url}: no whole answer within ${settings.timeoutMs / 1000} s`);
    if (err instanceof DossierError) throw err;
    throw new DossierError("fetch_failed", `${url}: ${(err as Error).message}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

/** The address to connect to: the literal in the URL, or the first the name resolves to; every address of the name must pass. */
export async function checkedAddress(url: URL, settings: Pick<FetchOptions, "allowPrivate" | "allowAddresses" | "resolve">): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  let addresses: LookupAddress[];
  try {
    addresses = family ? [{ address: host, family }] : await (settings.resolve ?? systemResolve)(host);
  } catch (err) {
    throw new DossierError("fetch_failed", `${url.href}: cannot resolve ${host} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (!addresses.length) throw new DossierError("fetch_failed", `${url.href}: ${host} resolves to no address`);
  if (!settings.allowPrivate) {
    for (const a of addresses) {
      if (settings.allowAddresses?.includes(a.address)) continue;
      const kind = classifyAddress(a.address);
      if (kind !== "public") throw new DossierError("fetch_refused", `${url.href}: ${host} is ${a.address}, a ${kind} address (--allow-private fetches it)`);
    }
  }
  return addresses[0];
}

const systemResolve = (host: string): Promise<LookupAddress[]> => lookup(host, { all: true, verbatim: true });

/** A name lookup that answers with the address already checked, whatever it is asked. */
export function pinnedLookup(address: LookupAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  }) as LookupFunction;
}

function request(url: URL, address: LookupAddress, signal: AbortSignal, settings: Settings): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = { "user-agent": settings.userAgent ?? "dossier (article reader)", accept: settings.accept ?? DEFAULT_ACCEPT, "accept-encoding": "identity" };
  if (settings.conditional?.etag) headers["if-none-match"] = settings.conditional.etag;
  if (settings.conditional?.lastModified) headers["if-modified-since"] = settings.conditional.lastModified;
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, { method: "GET", signal, agent: false, lookup: pinnedLookup(address), headers }, resolve);
    req.on("error", reject);
    req.end();
  });
}

/** The body of a successful answer, refused as soon as it passes the cap (a declared length over it is refused before reading). */
async function bodyOf(response: http.IncomingMessage, url: URL, maxBytes: number): Promise<Buffer> {
  const status = response.statusCode ?? 0;
  const refuse = (error: DossierError): never => { response.destroy(); throw error; };
  if (status < 200 || status > 299) refuse(new DossierError("fetch_failed", `${url.href}: HTTP ${status}`));
  const encoding = response.headers["content-encoding"];
  if (encoding && encoding !== "identity") refuse(new DossierError("fetch_failed", `${url.href}: the answer is ${encoding}-encoded though none was asked for`));
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes) refuse(new DossierError("too_large", `${url.href}: ${declared} bytes, over the cap of ${maxBytes}`));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) refuse(new DossierError("too_large", `${url.href}: over the cap of ${maxBytes} bytes`));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A promise that gives up when the deadline passes (a name lookup cannot be aborted itself). */
function withDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new Error("deadline passed"));
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

import http from "node:http";
import https from "node:https";
import { DossierError } from "../../errors.js";
import { checkedAddress, httpUrl, pinnedLookup, type FetchOptions } from "./fetch-page.js";

/**
 * POSTs a JSON body (a webhook) with fetchPage's address guards: http(s)
 * only, every address the name resolves to checked (private ones refused
 * unless allowed), the connection pinned to the checked address, one
 * deadline, and no redirect followed. Resolves with the status of a 2xx
 * answer; anything else is fetch_failed or fetch_refused.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, options: Pick<FetchOptions, "allowPrivate" | "allowAddresses" | "resolve" | "timeoutMs" | "userAgent"> = {}): Promise<number> {
  const target = httpUrl(url);
  const address = await checkedAddress(target, options);
  const data = Buffer.from(JSON.stringify(body));
  const timeout = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const client = target.protocol === "https:" ? https : http;
    const req = client.request(target, {
      method: "POST", agent: false, lookup: pinnedLookup(address), timeout,
      headers: { ...headers, "content-type": "application/json", "content-length": String(data.length), "user-agent": options.userAgent ?? "dossier (alerts)" },
    }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) resolve(status);
      else reject(new DossierError("fetch_failed", `${target.href}: HTTP ${status}`));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeout / 1000} s`)));
    req.on("error", (err) => reject(err instanceof DossierError ? err : new DossierError("fetch_failed", `${target.href}: ${err.message}`)));
    req.end(data);
  });
}

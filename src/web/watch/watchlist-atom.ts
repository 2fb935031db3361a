import type { AlertView } from "../../services/watch/alert-view.js";
import type { Watchlist } from "../../services/watch/watchlists.js";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Text for XML; characters XML 1.0 forbids are dropped. */
const x = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * A watchlist's alerts as an Atom 1.0 feed for a feed reader: one entry per
 * alert (its id never changes), linking to the evidence in the document.
 * Every value is escaped text; no markup from articles.
 */
export function watchlistAtom(origin: string, w: Pick<Watchlist, "id" | "name">, alerts: AlertView[]): string {
  const updated = alerts[0]?.at ?? new Date(0).toISOString();
  const entries = alerts.map((a) => {
    const who = a.person?.name ?? a.actor ?? "someone unnamed";
    const title = `${a.type}: ${who}${a.occurred ? ` (${a.occurred})` : ""}${a.place ? `, ${a.place}` : ""}`;
    return `<entry><id>${x(`${origin}/inbox#alert-${a.id}`)}</id><title>${x(title)}</title><updated>${x(a.at)}</updated>
<link rel="alternate" href="${x(origin + a.link)}"/><summary type="text">${x(`${a.quote} (${a.document.title ?? `document ${a.document.id}`}, ${a.certainty})`)}</summary></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>${x(`${origin}/watchlists/${w.id}`)}</id><title>${x(`dossier: ${w.name}`)}</title><updated>${x(updated)}</updated>
<link rel="self" href="${x(`${origin}/watchlists/${w.id}/atom`)}"/><author><name>dossier</name></author>
${entries.join("\n")}
</feed>
`;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "];

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A page title without the site name that pages append or prepend:
 * "Envoy defects | The Daily" -> "Envoy defects". Without a known site name,
 * the part after the last " | " goes, and a short last part after a dash goes
 * when at least three words remain ("Trade envoy recalled after a row over
 * fishing rights – Harbour Post"), so that "Lima - Quito talks" stays whole.
 */
export function stripSiteName(title: string, site?: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  if (site) {
    for (const separator of SEPARATORS) {
      if (clean.endsWith(separator + site)) return clean.slice(0, -(separator + site).length).trim();
      if (clean.startsWith(site + separator)) return clean.slice((site + separator).length).trim();
    }
  }
  const pipe = clean.lastIndexOf(" | ");
  if (pipe > 0) return clean.slice(0, pipe).trim();
  for (const separator of SEPARATORS.slice(1)) {
    const at = clean.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = clean.slice(0, at);
    const tail = clean.slice(at + separator.length);
    if (words(tail) <= 4 && words(head) >= 3) return head.trim();
  }
  return clean;
}

import type { Rng } from "../prng.js";

/** Invented outlets on the reserved .example domain, so no URL points at a real site. */
export const OUTLETS: readonly { name: string; domain: string }[] = [
  { name: "Peninsula Monitor", domain: "peninsula-monitor.example" }, { name: "Seoul Evening Post", domain: "seoul-evening.example" },
  { name: "North Watch", domain: "northwatch.example" }, { name: "Asia Wire", domain: "asiawire.example" },
  { name: "The Border Courier", domain: "border-courier.example" }, { name: "Eastern Herald", domain: "eastern-herald.example" },
  { name: "Global Desk", domain: "globaldesk.example" }, { name: "Danube Times", domain: "danube-times.example" },
  { name: "Andes Report", domain: "andes-report.example" }, { name: "Rift Valley News", domain: "riftvalley.example" },
  { name: "Nordic Ledger", domain: "nordic-ledger.example" }, { name: "Caspian Daily", domain: "caspian-daily.example" },
];

const slug = (title: string): string => title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);

/** The outlet and URL of one article: "https://www.northwatch.example/news/2016/08/17/kim-defects-12345". */
export function placeArticle(rng: Rng, title: string, published: string, serial: number): { outlet: string; url: string } {
  const outlet = rng.pick(OUTLETS);
  return { outlet: outlet.name, url: `https://www.${outlet.domain}/news/${published.replace(/-/g, "/")}/${slug(title)}-${serial}` };
}

import { documentList } from "../../services/reading/kb-documents.js";
import type { Store } from "../../store/open-store.js";
import { dateText, documentLink, originalLink } from "../format.js";
import { html } from "../html.js";
import type { PageView } from "../layout.js";

/** /documents: every stored article, newest first. */
export async function documentsPage(store: Store): Promise<PageView> {
  const docs = (await documentList(store)).sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || b.id - a.id);
  const rows = docs.map((d) => html`<tr><td>${documentLink(d.id, d.title ?? d.ref)}</td><td>${d.outlet ?? "–"}</td><td>${dateText(d.published)}</td><td>${originalLink(d.url, d.ref)}</td></tr>`);
  const body = html`<h1>Documents</h1>
<div class="table-wrap"><table><caption class="muted">${docs.length} documents</caption>
<thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Original</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  return { title: "Documents", body };
}

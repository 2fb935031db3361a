import type { Store } from "../../store/open-store.js";
import { storyVersions, type StoryVersion } from "../../store/watch/story-versions.js";
import { documentLink } from "../format.js";
import { html, type Html } from "../html.js";

function oneStory(versions: StoryVersion[]): Html {
  const told = (e: string) => versions.filter((v) => v.events.includes(e)).map((v) => v.version);
  const all = [...new Set(versions.flatMap((v) => v.events))];
  const items = versions.map((v) => {
    const only = v.events.filter((e) => told(e).length === 1 && versions.length > 1);
    return html`<li>${documentLink(v.documentId, `version ${v.version}`)} <span class="muted">fetched ${v.fetchedAt.slice(0, 16).replace("T", " ")}</span>:
${v.events.length ? v.events.join(", ") : "no event about this person"}${only.length ? html` <strong>(only in this version: ${only.join(", ")})</strong>` : ""}</li>`;
  });
  const dropped = all.filter((e) => !versions.at(-1)!.events.includes(e));
  return html`<li><p>${versions.at(-1)!.title ?? versions.at(-1)!.url ?? "a source"} changed its story${dropped.length ? html`: the latest version no longer tells ${dropped.join(", ")}` : ""}.</p><ul>${items}</ul></li>`;
}

/** "Sources that changed their story": every version of a changed page that names this person, with the events only one version tells. */
export async function storyChanges(reader: Store, personId: number): Promise<Html> {
  const versions = await storyVersions(reader.db, personId);
  const byPage = new Map<string, StoryVersion[]>();
  for (const v of versions) byPage.set(v.key, [...(byPage.get(v.key) ?? []), v]);
  const stories = [...byPage.values()].filter((vs) => vs.length > 1);
  if (!stories.length) return html``;
  return html`<section aria-labelledby="story-changes"><h2 id="story-changes">Sources that changed their story</h2><ul>${stories.map(oneStory)}</ul></section>`;
}

import type { DocumentDetail } from "../../services/reading/kb-documents.js";
import { cutAtSpans, type Marked, type Piece } from "../highlight.js";
import { html, type Html } from "../html.js";

type Mention = { kind: "mention"; person: number; name: string };
type Evidence = { kind: "evidence"; event: number; person: number | null; type: string };
type DocMark = Mention | Evidence;

/** Where an event is read about: on its person's page, or on the timeline when no one is named. */
export const eventHref = (event: number, person: number | null): string => (person !== null ? `/people/${person}#event-${event}` : `/timeline#event-${event}`);

function marksOf(d: DocumentDetail): Marked<DocMark>[] {
  const mentions = d.people.flatMap((p) => p.mentions.map((m): Marked<DocMark> => ({ start: m.start, end: m.end, data: { kind: "mention", person: p.person, name: p.name } })));
  const evidence = d.events.map((e): Marked<DocMark> => ({ start: e.evidence.start, end: e.evidence.end, data: { kind: "evidence", event: e.event, person: e.person, type: e.type } }));
  return [...evidence, ...mentions];
}

const evidenceOf = (p: Piece<DocMark>) => p.covering.filter((m): m is Marked<Evidence> => m.data.kind === "evidence");

/** Consecutive pieces under the same evidence spans: each run becomes one <mark>, so a sentence is one element however many names it holds. */
function runs(pieces: Piece<DocMark>[]): Piece<DocMark>[][] {
  const key = (p: Piece<DocMark>) => evidenceOf(p).map((e) => `${e.start}-${e.end}`).join(",");
  const out: Piece<DocMark>[][] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && key(last[0]) === key(p) && key(p) !== "") last.push(p);
    else out.push([p]);
  }
  return out;
}

function pieceHtml(p: Piece<DocMark>): Html {
  const mention = p.covering.find((m): m is Marked<Mention> => m.data.kind === "mention");
  return mention ? html`<a class="mention" href="/people/${mention.data.person}"><mark>${p.text}</mark></a>` : html`${p.text}`;
}

/** A run of pieces: in an evidence mark carrying the anchor the person page links to, the event links after the evidence ends. */
function runHtml(run: Piece<DocMark>[], ids: Set<string>): Html {
  const inner = run.map(pieceHtml);
  const evidence = evidenceOf(run[0]);
  if (!evidence.length) return html`${inner}`;
  const [start, end] = [run[0].start, run.at(-1)!.end];
  const anchors = evidence.filter((e) => e.start === start).map((e) => `span-${e.start}-${e.end}`).filter((id) => !ids.has(id) && Boolean(ids.add(id)));
  const links = evidence.filter((e) => e.end === end).map((e) => html`<a class="event-link" href="${eventHref(e.data.event, e.data.person)}">${e.data.type}</a>`);
  return html`${anchors.slice(1).map((id) => html`<span id="${id}"></span>`)}<mark class="evidence" ${anchors.length ? html`id="${anchors[0]}"` : ""}>${inner}</mark>${links}`;
}

/** The stored text with every person mention and event evidence marked, everything from the article escaped piece by piece. */
export function highlightedText(d: DocumentDetail): Html {
  const ids = new Set<string>();
  return html`<div class="doc-text">${runs(cutAtSpans(d.text, marksOf(d))).map((r) => runHtml(r, ids))}</div>`;
}

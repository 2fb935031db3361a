import { RESOLVER } from "../../services/resolution/resolve-people.js";
import { correctionLog, judgementLog, reviewQueue, type CorrectionEntry, type JudgementEntry, type ReviewItem } from "../../services/resolution/review-queue.js";
import { settleForm } from "../correction-forms.js";
import type { Store } from "../../store/open-store.js";
import { dateText, documentLink, personLink } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { noticeOf } from "../notices.js";
import { mergeSuggestion } from "./merge-suggestion.js";
import { csrfField } from "../viewer.js";

const LOG_PAGE = 200;
const CORRECTIONS_SHOWN = 10;
const VERDICTS: Record<JudgementEntry["verdict"], string> = { same: "are one person", not_same: "are different people", unsure: "may be one person (undecided)" };
const undoneId = (j: JudgementEntry): number | undefined => Number(/^undo #(\d+)/.exec(j.why ?? "")?.[1]) || undefined;

/** The analysts' judgements, newest first, and the latest one that is not an undo and has not been taken back. */
export function undoable(log: JudgementEntry[]): { analyst: JudgementEntry[]; last: JudgementEntry | undefined } {
  const analyst = log.filter((j) => j.by !== RESOLVER);
  const undone = new Set(analyst.map(undoneId).filter((id) => id !== undefined));
  return { analyst, last: analyst.find((j) => undoneId(j) === undefined && !undone.has(j.id)) };
}

const sentence = (j: JudgementEntry): Html =>
  html`${personLink(j.left, j.leftName ?? "")} and ${personLink(j.right, j.rightName ?? "")} ${VERDICTS[j.verdict]}`;

function undoSection(log: JudgementEntry[]): Html {
  const { analyst, last } = undoable(log);
  const form = last ? html`<div class="panel"><p>Last judgement (#${last.id}, ${dateText(last.at.slice(0, 10))}): ${sentence(last)}.</p>
<form action="/review/undo" method="post">${csrfField()}<input type="hidden" name="id" value="${last.id}"><input type="hidden" name="back" value="/review#undo">
<button type="submit" class="danger">Undo this judgement</button></form></div>` : html`<p class="muted">No judgement to undo.</p>`;
  const recent = analyst.slice(0, 10).map((j) => html`<li>#${j.id} ${dateText(j.at.slice(0, 10))}: ${undoneId(j) ? `took back #${undoneId(j)}; now ` : ""}${sentence(j)}${j.why && !undoneId(j) ? html` <span class="muted">(from the ${j.why})</span>` : ""}</li>`);
  return html`<h2 id="undo">Undo</h2>${form}${recent.length ? html`<h3>Recent judgements</h3><ul>${recent}</ul>` : ""}`;
}

function conflictSide(side: ReviewItem["left"], label: string): Html {
  return html`<section aria-label="${label}"><h3>${label}</h3><blockquote>${side.quote ?? "(quote missing)"}</blockquote>
<p>${side.documentId !== null ? documentLink(side.documentId, side.title ?? side.document) : side.ref} <span class="muted">${dateText(side.published)}</span></p></section>`;
}

function contradiction(item: ReviewItem): Html {
  const person = item.left.person ?? item.right.person;
  const event = /^event:(\d+)$/.exec(item.subject)?.[1];
  return html`<article class="review-item" id="item-${item.id}" aria-labelledby="item-${item.id}-h">
<h3 id="item-${item.id}-h">Sources disagree <span class="muted">${item.detail}</span></h3>
<div class="pair">${conflictSide(item.left, "One source")}${conflictSide(item.right, "The other")}</div>
${settleForm(item)}
${person !== null ? html`<p><a href="/people/${person}${event ? `#event-${event}` : ""}">Every source on the person's page</a></p>` : ""}</article>`;
}

/** A judgement about facts whose evidence changed on re-extraction: what it said, and where to look again. */
const recheck = (item: ReviewItem): Html => html`<li id="item-${item.id}">${item.detail}${item.right.documentId !== null ? html` (${documentLink(item.right.documentId, item.right.title ?? item.right.document)})` : ""}</li>`;

const FACT_ACTIONS: Record<string, string> = { accept: "accepted", reject: "rejected", set: "set", settle: "settled", undo: "took back" };

/** The latest corrections, acceptances, rejections and settlements, with Undo for the newest still standing. */
function correctionsSection(log: CorrectionEntry[]): Html {
  const last = log.find((j) => j.action !== "undo" && !j.undone);
  const what = (j: CorrectionEntry) => `${FACT_ACTIONS[j.action] ?? j.action} ${j.target}${j.prop ? ` ${j.prop}` : ""}${j.value ? ` = ${j.value}` : ""}${j.undoes ? ` #${j.undoes}` : ""}`;
  const form = last ? html`<div class="panel"><p>Last correction (#${last.id}, ${last.by}): ${what(last)}.</p>
<form action="/facts/undo" method="post">${csrfField()}<input type="hidden" name="id" value="${last.id}"><input type="hidden" name="back" value="/review#corrections">
<button type="submit" class="danger">Undo this correction</button></form></div>` : html`<p class="muted">No correction to undo.</p>`;
  return html`<h2 id="corrections">Corrections</h2>${form}${log.length ? html`<ul>${log.map((j) => html`<li>#${j.id} ${dateText(j.at.slice(0, 10))} ${j.by}: ${what(j)}${j.undone ? " (taken back)" : ""}${j.why ? html` <span class="muted">(${j.why})</span>` : ""}</li>`)}</ul>` : ""}`;
}

/** /review: suggested merges to accept or reject, contradictions with both quotes to settle, judgements to check again, and undo. */
export async function reviewPage(store: Store, query: { notice?: string; judgement?: string } = {}): Promise<PageView> {
  const queue = await reviewQueue(store);
  const merges = queue.filter((i) => i.kind === "merge");
  const conflicts = queue.filter((i) => i.kind === "contradiction");
  const rechecks = queue.filter((i) => i.kind === "recheck");
  const log = (await judgementLog(store, { limit: LOG_PAGE, offset: 0 })).items;
  const mergeHtml: Html[] = [];
  for (const m of merges) mergeHtml.push(await mergeSuggestion(store, m));
  const body = html`${noticeOf(query, "/review")}<h1>Review</h1>
<p class="lead">Questions the resolver could not settle. Every answer is a judgement in the log and can be undone.</p>
<h2>Same person? (${merges.length})</h2>${merges.length ? mergeHtml : html`<p>No suggested merges.</p>`}
<h2>Sources disagree (${conflicts.length})</h2>${conflicts.length ? conflicts.map(contradiction) : html`<p>No contradictions.</p>`}
${rechecks.length ? html`<h2>Check again (${rechecks.length})</h2><p class="muted">Judgements whose evidence changed when the documents were read again: they no longer apply there.</p><ul>${rechecks.map(recheck)}</ul>` : ""}
${undoSection(log)}${correctionsSection(await correctionLog(store, CORRECTIONS_SHOWN))}`;
  return { title: "Review", body };
}

import { z } from "zod";
import { documentDetail, documentList } from "../../services/reading/kb-documents.js";
import { PEOPLE_SORTS, eventList, peopleList, personDetail, searchKnowledgeBase, statsOf, timelineList } from "../../services/reading/kb-queries.js";
import { defineRoute, type ApiRoute } from "../api-route.js";
import { ID_PARAMS, PAGE_QUERY, pageOf, presentPage } from "../presenters/common.js";
import { DocumentDetailJson, DocumentJson, presentDocument, presentDocumentDetail } from "../presenters/documents.js";
import { EventJson, presentEvent } from "../presenters/events.js";
import { PersonJson, PersonPageJson, presentPerson, presentPersonPage } from "../presenters/people.js";
import { SearchJson, StatsJson, presentSearch, presentStats } from "../presenters/stats.js";
import { ScreenJson, presentScreen } from "../presenters/screen.js";
import { screenArticle } from "../../services/reading/screen-article.js";

const words = (what: string) => z.string().trim().min(1).max(200).optional().describe(what);
const year = (what: string) => z.coerce.number().int().min(0).max(9999).optional().describe(what);

const TIMELINE_QUERY = z.object({
  type: words("only events of this type"), country: words("only events in this country"),
  from: year("only events occurring in or after this year"), to: year("only events occurring in or before this year"), ...PAGE_QUERY,
}).strict().refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "from must not be after to", path: ["from"] });

/** The read side of the knowledge base: documents, people, events, timeline, search, stats. */
export const KB_ROUTES: ApiRoute[] = [
  defineRoute({
    method: "get", path: "/documents", name: "listDocuments", tag: "documents", summary: "The documents, without their text, in id order",
    query: z.object(PAGE_QUERY).strict(), response: pageOf(DocumentJson),
    handle: async (store, { query }) => presentPage(await documentList(store), query, presentDocument),
  }),
  defineRoute({
    method: "get", path: "/documents/:id", name: "getDocument", tag: "documents", summary: "A document: its text, people with their mentions, events with their evidence",
    params: ID_PARAMS, response: DocumentDetailJson,
    handle: async (store, { params }) => presentDocumentDetail(await documentDetail(store, params.id)),
  }),
  defineRoute({
    method: "get", path: "/people", name: "listPeople", tag: "people", summary: "The people, each once however many documents name them",
    query: z.object({
      event: words("only people with an event of this type"), country: words("only people with an event in this country"),
      sort: z.enum(PEOPLE_SORTS).default("sources").describe("name, rank, date or sources (most independent sources first)"),
      q: words("only people with a name or alias containing these letters"), ...PAGE_QUERY,
    }).strict(),
    response: pageOf(PersonJson),
    handle: async (store, { query }) => presentPage(await peopleList(store, query), query, presentPerson),
  }),
  defineRoute({
    method: "get", path: "/people/:id", name: "getPerson", tag: "people", summary: "A person page: names, posts over time, documents, events with evidence",
    params: ID_PARAMS, response: PersonPageJson,
    handle: async (store, { params }) => presentPersonPage(await personDetail(store, String(params.id))),
  }),
  defineRoute({
    method: "get", path: "/events", name: "listEvents", tag: "events", summary: "The events, in id order",
    query: z.object({ type: words("only events of this type"), person: words("only events of this person (id or name)"), ...PAGE_QUERY }).strict(),
    response: pageOf(EventJson),
    handle: async (store, { query }) => presentPage(await eventList(store, query), query, presentEvent),
  }),
  defineRoute({
    method: "get", path: "/timeline", name: "timeline", tag: "events", summary: "The events in the order they happened, undated ones last",
    query: TIMELINE_QUERY, response: pageOf(EventJson),
    handle: async (store, { query }) => presentPage(await timelineList(store, query), query, presentEvent),
  }),
  defineRoute({
    method: "post", path: "/screen", name: "screen", tag: "search", summary: "Screen an article: which people the knowledge base knows, which events are new, confirm or contradict it",
    body: z.object({
      text: z.string().min(1).max(60_000).describe("the article's text"),
      published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional().describe("its publication date (YYYY, YYYY-MM or YYYY-MM-DD), for relative dates"),
    }).strict(),
    response: ScreenJson,
    handle: async (store, { body }) => presentScreen(await screenArticle(store, body.text, body.published)),
  }),
  defineRoute({
    method: "get", path: "/search", name: "search", tag: "search", summary: "People and documents matching some words",
    query: z.object({ q: z.string().trim().min(1).max(200).describe("the words; never read as query syntax") }).strict(), response: SearchJson,
    handle: async (store, { query }) => presentSearch(await searchKnowledgeBase(store, query.q)),
  }),
  defineRoute({
    method: "get", path: "/stats", name: "stats", tag: "stats", summary: "Counts, events by type and year, median disclosure lag",
    response: StatsJson,
    handle: async (store) => presentStats(await statsOf(store)),
  }),
];

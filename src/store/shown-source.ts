/**
 * A document's source as a reader below confidential sees it: a URL as it
 * is (without credentials, which ingest never keeps), a file as its name
 * only: "/srv/newsroom/leaks/2020/a.txt" tells a viewer where the server
 * keeps its files, "a.txt" does not.
 */
export function shownSource(source: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  const name = source.split(/[/\\]/).filter(Boolean).at(-1);
  return name ?? source;
}

/** Ids per `IN (…)` list: SQLite allows at most 32766 bound values in one statement, older builds 999. */
export const CHUNK = 500;

/** Runs a query once per chunk of ids and concatenates the rows, ordered by `id`. */
export async function inChunks<R extends { id: number }>(ids: number[], query: (chunk: number[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await query(ids.slice(i, i + CHUNK))));
  return rows.sort((a, b) => a.id - b.id);
}

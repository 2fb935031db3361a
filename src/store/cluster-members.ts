import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";

/**
 * The rows of some clusters (people or events): `cluster IN (…)`, or a row
 * not yet resolved whose own id is asked for (it stands for itself). Written
 * out so that an index serves each half: the cluster column's for the
 * first, the primary key for the second. "Not yet resolved" is tested as
 * `coalesce(cluster, 0) = 0` (ids start at 1), not `IS NULL`: PostgreSQL
 * served `person_id IS NULL` with the person_id index, whose entries for
 * rows a resolution has since updated stay until a vacuum (28,645 of them
 * read for one person page on 100,000 articles: 11 ms instead of 0.4).
 */
export function inClusters(eb: ExpressionBuilder<any, any>, cluster: string, id: string, ids: readonly number[]): Expression<SqlBool> {
  return eb.or([
    eb(eb.ref(cluster), "in", ids),
    eb.and([eb(eb.fn.coalesce(eb.ref(cluster), sql.lit(0)), "=", 0), eb(eb.ref(id), "in", ids)]),
  ]);
}

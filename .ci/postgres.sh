# Sourced by .ci/run: installs PostgreSQL (Debian's postgresql-15) if it is
# missing, starts a throwaway cluster in a temp dir on DOSSIER_CI_PG_PORT
# (default 54330), creates the test database, exports DOSSIER_TEST_PG for
# npm test and stops the cluster when the script exits.
PG_BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PG_BIN/initdb" ]; then
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
PG_PORT="${DOSSIER_CI_PG_PORT:-54330}"
PG_DIR="$(mktemp -d /tmp/dossier-ci-pg.XXXXXX)"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
as_pg "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >$PG_DIR/initdb.log"
# every user is trusted but one: src/cli/postgres-errors.test.ts creates dossier_password_test and signs
# in as it to see a server that wants a password (db_auth); pg_hba.conf takes the first line that matches
as_pg "sed -i '1i host all dossier_password_test 127.0.0.1/32 scram-sha-256' $PG_DIR/data/pg_hba.conf"
# fsync off: a test cluster lives for one run
as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -w -l $PG_DIR/server.log -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' start >/dev/null"
trap 'as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop >/dev/null"; rm -rf "$PG_DIR"' EXIT
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres dossier_test
export DOSSIER_TEST_PG="postgres://postgres@127.0.0.1:$PG_PORT/dossier_test"
echo "PostgreSQL test database: $DOSSIER_TEST_PG"

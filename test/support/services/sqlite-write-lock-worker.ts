// The thread holdSqliteWriteLock starts: takes the write lock of a SQLite file, says so, and lets go after the time asked.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, ms } = workerData as { file: string; ms: number };
const db = new Database(file);
db.exec("BEGIN IMMEDIATE");
parentPort!.postMessage("held");
setTimeout(() => {
  db.exec("COMMIT");
  db.close();
  parentPort!.postMessage("released");
}, ms);

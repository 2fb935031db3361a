import type { ExportFormat } from "../../services/export/export-knowledge-base.js";
import type { FileBody } from "../api-route.js";

/** How each export format travels: FtM as JSON lines, CSV (RFC 4180), JSON, statements as CSV. */
export const EXPORT_MEDIA: Record<ExportFormat, { contentType: string; filename: string }> = {
  ftm: { contentType: "application/x-ndjson; charset=utf-8", filename: "dossier-ftm.jsonl" },
  csv: { contentType: "text/csv; charset=utf-8", filename: "dossier.csv" },
  json: { contentType: "application/json; charset=utf-8", filename: "dossier.json" },
  statements: { contentType: "text/csv; charset=utf-8", filename: "dossier-statements.csv" },
};

export const presentExport = (format: ExportFormat, body: string): FileBody => ({ ...EXPORT_MEDIA[format], body });

/**
 * A CSV file once split into cells, before it is read as an element's data.
 * Shared by the reader (csv-read.ts), the recognisers of tools' exports
 * (csv-exports.ts) and the per-element shapes (csv-shapes.ts).
 */

/** A cell of the file, as problems name it: `row 7, column "Leads"` (rows counted from 1 after the header). */
export interface CsvCellRef {
  row?: number;
  column?: string;
}

/** How a CSV place reads in `errors[].path`: `row 7, column "Leads"`, `row 7`, `column "Leads"`. */
export function formatCell(cell: CsvCellRef): string {
  const parts: string[] = [];
  if (cell.row !== undefined) parts.push(`row ${cell.row}`);
  if (cell.column !== undefined) parts.push(`column ${JSON.stringify(cell.column)}`);
  return parts.join(', ');
}

export interface CsvRow {
  /** 1 = the first row after the header row. */
  row: number;
  /** The cells as text, as the file has them (quotes removed). */
  cells: string[];
}

export interface CsvTable {
  /** The header row's names, trimmed (an empty name for an empty trailing column). */
  header: string[];
  rows: CsvRow[];
}

/** A strict RFC 4180 reader for checking exports: throws on anything malformed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let atCellStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
      } else (cell += c), i++;
      continue;
    }
    if (c === '"') {
      if (!atCellStart) throw new Error(`CSV: quote inside an unquoted cell at ${i}`);
      quoted = true;
      atCellStart = false;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`CSV: bare line break at ${i}`);
    } else {
      cell += c;
      atCellStart = false;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quote');
  if (cell || row.length) throw new Error('CSV: last row is not terminated by CRLF');
  return rows;
}

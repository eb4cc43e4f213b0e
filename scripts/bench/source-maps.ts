// Maps a position in a built chunk back to the source file and function it came from, with the
// hidden source maps the build writes beside each chunk (vite.config.ts, `sourcemap: 'hidden'`).
import { existsSync, readFileSync } from 'node:fs';

type Segment = [column: number, source: number, line: number, sourceColumn: number, name?: number];
type Mapped = { source: string; name?: string };

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The "mappings" field's base64 VLQ segments, one array of segments per generated line. */
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  // Source, line, column and name are relative to the previous segment anywhere in the file.
  const state: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    state[0] = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      fields.forEach((field, i) => (state[i] = (state[i] ?? 0) + field));
      const [column, source, line, sourceColumn, name] = state;
      segments.push(
        fields.length >= 5
          ? [column, source, line, sourceColumn, name]
          : [column, source, line, sourceColumn],
      );
    }
    lines.push(segments);
  }
  return lines;
}

type SourceMap = { sources: string[]; names: string[]; lines: Segment[][] };

const maps = new Map<string, SourceMap | null>();

function mapFor(chunk: string): SourceMap | null {
  if (!maps.has(chunk)) {
    const file = `${chunk}.map`;
    if (!existsSync(file)) maps.set(chunk, null);
    else {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as {
        sources: string[];
        names: string[];
        mappings: string;
      };
      maps.set(chunk, {
        sources: raw.sources,
        names: raw.names,
        lines: decodeMappings(raw.mappings),
      });
    }
  }
  return maps.get(chunk) ?? null;
}

/** The source behind a 0-based line and column of a built chunk, or null without a map. */
export function originalPosition(chunk: string, line: number, column: number): Mapped | null {
  const map = mapFor(chunk);
  const segments = map?.lines[line];
  if (!map || !segments?.length) return null;
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  found ??= segments[0];
  if (!found || found.length < 4) return null;
  const source = (map.sources[found[1]] ?? '?').replace(/^(\.\.\/)+/, '');
  const name = found[4] === undefined ? undefined : map.names[found[4]];
  return name ? { source, name } : { source };
}

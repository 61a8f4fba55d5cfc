import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Hunk {
  oldStart: number;
  lines: string[];
}

interface FilePatch {
  path: string;
  hunks: Hunk[];
}

/**
 * Applies a unified diff (paths `a/…` and `b/…`, as `diff -ru` or `git diff` write them) under `root`.
 * Exact: every context and removed line must match where the hunk says, since the patch targets one pinned
 * version of the source; a base Debian machine has neither `patch` nor `git` to do this for us.
 */
export function applyUnifiedDiff(diff: string, root: string): string[] {
  const files = parseUnifiedDiff(diff);
  for (const file of files) {
    const target = join(root, file.path);
    writeFileSync(target, patchLines(readFileSync(target, 'utf8'), file).join('\n'));
  }
  return files.map((file) => file.path);
}

export function parseUnifiedDiff(diff: string): FilePatch[] {
  const files: FilePatch[] = [];
  const lines = diff.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^\+\+\+ b\/(\S+)/.exec(lines[i]);
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(lines[i]);
    if (header) files.push({ path: header[1], hunks: [] });
    if (!hunk || files.length === 0) continue;
    // A hunk spans exactly its old plus its new line counts, context lines counting in both.
    let [oldLeft, newLeft] = [Number(hunk[2] ?? 1), Number(hunk[3] ?? 1)];
    const body: string[] = [];
    while (oldLeft > 0 || newLeft > 0) {
      const line = lines[++i] ?? '';
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      body.push(line === '' ? ' ' : line);
      if (!line.startsWith('+')) oldLeft--;
      if (!line.startsWith('-')) newLeft--;
    }
    // An old count of 0 means the lines go after line oldStart, not at it.
    const oldStart = Number(hunk[1]) + (hunk[2] === '0' ? 1 : 0);
    files[files.length - 1].hunks.push({ oldStart, lines: body });
  }
  return files;
}

function patchLines(text: string, file: FilePatch): string[] {
  const source = text.split('\n');
  const result: string[] = [];
  let next = 0; // index in source of the first line not yet copied
  for (const hunk of file.hunks) {
    const start = Math.max(hunk.oldStart - 1, 0);
    result.push(...source.slice(next, start));
    next = start;
    for (const line of hunk.lines) {
      if (line.startsWith('+')) {
        result.push(line.slice(1));
        continue;
      }
      if (source[next] !== line.slice(1)) {
        throw new Error(`${file.path}:${next + 1}: the patch expects ${JSON.stringify(line.slice(1))}, the file has ${JSON.stringify(source[next])}`);
      }
      if (line.startsWith(' ')) result.push(source[next]);
      next++;
    }
  }
  return [...result, ...source.slice(next)];
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface BrokenLink {
  file: string;
  target: string;
  why: string;
}

/** GitHub's anchor of a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown file's headings (fenced code left out), with GitHub's -1, -2 suffixes for repeats. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const heading of withoutFences(markdown).match(/^#{1,6} .+$/gm) ?? []) {
    const anchor = anchorOf(heading.replace(/^#+ /, ''));
    const count = seen.get(anchor) ?? 0;
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
    seen.set(anchor, count + 1);
  }
  return anchors;
}

/** Relative links `[label](target)` of a markdown file (outside code), web and mail links left out. */
export function relativeLinks(markdown: string): string[] {
  const links = [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
  return links.filter((target) => !/^[a-z]+:/i.test(target));
}

/** Every relative link of `file` whose file or heading does not exist. */
export function brokenLinks(file: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const target of relativeLinks(readFileSync(file, 'utf8'))) {
    const [path, anchor] = target.split('#');
    const linked = path ? resolve(dirname(file), decodeURI(path)) : file;
    if (!existsSync(linked)) broken.push({ file, target, why: 'no such file' });
    else if (anchor && !statSync(linked).isDirectory() && !anchorsIn(readFileSync(linked, 'utf8')).has(anchor)) {
      broken.push({ file, target, why: `no heading #${anchor} in ${join(linked)}` });
    }
  }
  return broken;
}

function withoutFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** Without code blocks and inline code spans, whose brackets are not links (a heading keeps its code's text). */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

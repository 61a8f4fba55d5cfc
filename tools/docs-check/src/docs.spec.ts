import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@newsflow/local-stack';
import { anchorOf, anchorsIn, brokenLinks, relativeLinks } from './markdown-links';

const root = workspaceRoot();
const documents = [
  join(root, 'README.md'),
  join(root, 'deploy', 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];

describe('markdown links', () => {
  it('reads anchors and links as GitHub renders them', () => {
    expect(anchorOf('The `newsflow` command')).toBe('the-newsflow-command');
    expect(anchorOf('Crawler: fetching, politeness and safety')).toBe('crawler-fetching-politeness-and-safety');
    expect([...anchorsIn('# A\n## B\n```\n# not a heading\n```\n## B\n## Run `npm test`\n')]).toEqual(['a', 'b', 'b-1', 'run-npm-test']);
    expect(relativeLinks('[a](docs/x.md#y) [b](https://e.org) `[c](not/a/link.md)`')).toEqual(['docs/x.md#y']);
  });
});

describe('documentation', () => {
  it('keeps the README a short front door', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThan(250);
  });

  it.each(documents.map((file) => [file.slice(root.length + 1), file]))('%s: every relative link resolves', (_name, file) => {
    expect(brokenLinks(file)).toEqual([]);
  });
});

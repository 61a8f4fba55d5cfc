import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyUnifiedDiff } from './unified-diff';

const original = ['package x', '', 'const a = 1', 'const b = 2', 'const c = 3', '', 'func f() {}', ''].join('\n');
const diff = `--- a/pkg/x.go
+++ b/pkg/x.go
@@ -2,3 +2,4 @@
 
-const a = 1
+const a = 10
+const aa = 11
 const b = 2
@@ -7,1 +8,2 @@
 func f() {}
+func g() {}
`;

function tree(content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'diff-'));
  mkdirSync(join(root, 'pkg'));
  writeFileSync(join(root, 'pkg', 'x.go'), content);
  return root;
}

describe('applyUnifiedDiff', () => {
  it('replaces, adds and keeps lines hunk by hunk', () => {
    const root = tree(original);
    expect(applyUnifiedDiff(diff, root)).toEqual(['pkg/x.go']);
    expect(readFileSync(join(root, 'pkg', 'x.go'), 'utf8')).toBe(
      ['package x', '', 'const a = 10', 'const aa = 11', 'const b = 2', 'const c = 3', '', 'func f() {}', 'func g() {}', ''].join('\n'),
    );
  });

  it('refuses a file that differs from what the patch expects, naming the line', () => {
    const root = tree(original.replace('const a = 1', 'const a = 2'));
    expect(() => applyUnifiedDiff(diff, root)).toThrow('pkg/x.go:3: the patch expects "const a = 1", the file has "const a = 2"');
  });
});

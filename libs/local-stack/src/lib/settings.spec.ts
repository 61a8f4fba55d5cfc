import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackSettings, workspaceRoot } from './settings';
import { missingTools } from './run';

describe('workspaceRoot', () => {
  it('finds the nearest folder with nx.json', () => {
    const root = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(root, 'nx.json'), '{}');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    expect(workspaceRoot(join(root, 'a', 'b'))).toBe(root);
  });
});

describe('stackSettings', () => {
  it('reads ports and home from the environment', () => {
    const settings = stackSettings({ NEWSFLOW_STACK_HOME: '/x', NEWSFLOW_KAFKA_PORT: '19092', NEWSFLOW_MONGO_PORT: '27018' });
    expect(settings).toMatchObject({ home: '/x', kafkaPort: 19092, mongoPort: 27018, kafkaControllerPort: 9093 });
  });
});

describe('missingTools', () => {
  it('names a missing tool with its hint', () => {
    const tools = [
      { command: 'true', versionFlag: '--version', hint: 'never shown' },
      { command: 'no-such-tool-here', versionFlag: '--version', hint: 'install it' },
    ];
    expect(missingTools(tools)).toEqual(['no-such-tool-here not found: install it']);
  });
});

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, which resolves the workspace's @newsflow/* paths.
const { join } = require('node:path');
const root = join(__dirname, '..');
process.env.TSX_TSCONFIG_PATH = join(root, 'tsconfig.base.json');
require('tsx/cjs/api').register();
require(join(root, 'apps/cli/src/main.ts'));

/**
 * The console's admin token under `NODE_ENV=development` when none is configured; known to anyone
 * who reads this, so every other environment must set CONSOLE_ADMIN_TOKEN.
 */
export const DEVELOPMENT_CONSOLE_TOKEN = 'newsflow-dev-console';

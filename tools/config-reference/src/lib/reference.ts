import { Setting } from './settings';

export const REFERENCE_PATH = 'docs/configuration.md';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function row(setting: Setting): string {
  const fallback = setting.required ? '**required**' : setting.default === undefined ? 'unset' : setting.default === '' ? 'empty' : `\`${setting.default}\``;
  const choices = setting.choices ? ` One of ${setting.choices.map((choice) => `\`${choice}\``).join(', ')}.` : '';
  return `| \`${setting.name}\` | ${cell(fallback)} | ${cell(`${setting.description ?? ''}${choices}`.trim())} |`;
}

/** Sections by the services reading a setting: those of every service first, then the more widely read. */
function sections(settings: Setting[], allServices: string[]): [string, Setting[]][] {
  const groups = new Map<string, Setting[]>();
  for (const setting of settings) {
    const key = setting.services.length === allServices.length ? 'Every service' : setting.services.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), setting]);
  }
  return [...groups.entries()].sort(([a, x], [b, y]) => y[0].services.length - x[0].services.length || a.localeCompare(b));
}

/** docs/configuration.md: every setting of every service, from their environment schemas. */
export function renderReference(settings: Setting[], allServices: string[]): string {
  const body = sections(settings, allServices).map(
    ([title, group]) => `## ${title}\n\n| Setting | Default | Meaning |\n|---|---|---|\n${group.map(row).join('\n')}\n`,
  );
  return [
    '# Configuration reference',
    '',
    'Every setting of every newsflow service, read from the environment at start-up. A service refuses',
    'to start when a setting is invalid, naming each offending variable. In containers, set them in the',
    "service's environment (docker-compose.yml, or the ConfigMaps and Secret of deploy/k8s).",
    '',
    'Generated from the services\' zod environment schemas (`apps/<service>/src/app/<service>.env.ts`, which',
    'extend `libs/service-kit`\'s base schema) by `npx nx run config-reference:generate`; do not edit by hand.',
    'A test (`npx nx run config-reference:test`) fails when this file and the schemas differ.',
    '',
    ...body,
  ].join('\n');
}

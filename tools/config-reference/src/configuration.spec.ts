import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_PATH, WORKSPACE_ROOT, renderReference, serviceEnvSchemas, settingsOf } from './index';

describe(REFERENCE_PATH, () => {
  const services = serviceEnvSchemas();
  const settings = settingsOf(services);

  it('is what the services\' environment schemas generate (npx nx run config-reference:generate)', () => {
    const committed = readFileSync(join(WORKSPACE_ROOT, REFERENCE_PATH), 'utf8');
    expect(committed).toBe(renderReference(settings, services.map(({ service }) => service)));
  });

  it('covers every service, and says what every setting means', () => {
    expect(services.map(({ service }) => service)).toEqual(expect.arrayContaining(['crawler', 'cleaner', 'enricher', 'archiver', 'query-api', 'console']));
    expect(settings.filter((setting) => !setting.description).map(({ name }) => name)).toEqual([]);
  });
});

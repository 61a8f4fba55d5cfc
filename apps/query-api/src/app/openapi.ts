import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CspDirectives, HttpAppOptions, OWN_ORIGIN_PAGE_CSP } from '@newsflow/service-kit';
import { QueryApiEnv } from './query-api.env';

/**
 * The API answers JSON; its one page is Swagger UI at /docs: scripts from this origin only, but the
 * page @nestjs/swagger renders carries an inline <style> block and the stylesheet data: icons.
 */
export const OPENAPI_PAGE_CSP: CspDirectives = {
  ...OWN_ORIGIN_PAGE_CSP,
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'form-action': ["'none'"],
};

/** Serves the OpenAPI document at /docs-json and its browsable form at /docs. */
export function serveOpenApi(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('newsflow query API')
    .setDescription('The archive of clean, enriched articles: filtered, paged by cursor, and aggregated per government body.')
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}

/** The query API's HTTP port: the docs page's CSP, and CORS for the origins QUERY_API_CORS_ORIGINS allows. */
export const queryApiHttp: HttpAppOptions<QueryApiEnv> = {
  configure: serveOpenApi,
  security: (config) => ({ csp: OPENAPI_PAGE_CSP, corsOrigins: config.get('QUERY_API_CORS_ORIGINS', { infer: true }) }),
};

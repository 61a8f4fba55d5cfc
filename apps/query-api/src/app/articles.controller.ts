import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ArticleQuery, ArticleView, articleQuerySchema, articleViewSchema } from '@newsflow/archive-query';
import { ArticleSearch } from '@newsflow/archive-store';
import { articleIdSchema } from '@newsflow/contracts';
import { ZodValidationPipe } from '@newsflow/service-kit';
import { ApiQueryFrom, openApiSchema } from './openapi-schemas';

const ARTICLE = openApiSchema(articleViewSchema);

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly search: ArticleSearch) {}

  @Get()
  @ApiOperation({
    summary: 'Stored articles, newest first (articleDate, then articleId)',
    description: 'Filters combine with AND. Pass nextCursor as cursor, with the same filters, for the next page.',
  })
  @ApiQueryFrom(articleQuerySchema)
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: { items: { type: 'array', items: ARTICLE }, nextCursor: { type: 'string', nullable: true } },
    },
  })
  @ApiBadRequestResponse({ description: 'a filter is malformed; the message names it' })
  list(@Query(new ZodValidationPipe(articleQuerySchema)) query: ArticleQuery) {
    return this.search.find(query);
  }

  @Get(':articleId')
  @ApiOperation({ summary: 'One stored article by its id (SHA-256 of its normalised URL)' })
  @ApiOkResponse({ schema: ARTICLE })
  @ApiNotFoundResponse({ description: 'no article with this id is stored' })
  async get(@Param('articleId', new ZodValidationPipe(articleIdSchema)) articleId: string): Promise<ArticleView> {
    const article = await this.search.findOne(articleId);
    if (!article) throw new NotFoundException(`no article ${articleId}`);
    return article;
  }
}

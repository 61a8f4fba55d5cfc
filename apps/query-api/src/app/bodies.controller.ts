import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { BodyStatsQuery, bodyStatsQuerySchema } from '@newsflow/archive-query';
import { ArticleSearch, BodyStats } from '@newsflow/archive-store';
import { ZodValidationPipe } from '@newsflow/service-kit';
import { ApiQueryFrom } from './openapi-schemas';

const COUNT = { type: 'integer', minimum: 0 };

@ApiTags('bodies')
@Controller('bodies')
export class BodiesController {
  constructor(private readonly search: ArticleSearch) {}

  @Get(':name/stats')
  @ApiOperation({
    summary: 'How often a government body is mentioned over time, and the stances it takes',
    description: 'Periods without a mention are left out. Dates are articleDate, in UTC.',
  })
  @ApiParam({ name: 'name', description: 'canonical name of the body, e.g. Federal Bureau of Investigation' })
  @ApiQueryFrom(bodyStatsQuerySchema)
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        body: { type: 'string' },
        mentionsOverTime: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              period: { type: 'string', description: 'YYYY-MM-DD or YYYY-MM' },
              articles: { ...COUNT, description: 'articles mentioning the body' },
              mentions: { ...COUNT, description: 'mentions in those articles' },
            },
          },
        },
        stanceCounts: { type: 'object', properties: { support: COUNT, oppose: COUNT, neutral: COUNT } },
      },
    },
  })
  @ApiBadRequestResponse({ description: 'a parameter is malformed; the message names it' })
  stats(@Param('name') name: string, @Query(new ZodValidationPipe(bodyStatsQuerySchema)) query: BodyStatsQuery): Promise<BodyStats> {
    return this.search.bodyStats(name, query);
  }
}

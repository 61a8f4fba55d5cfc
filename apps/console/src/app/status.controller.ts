import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ConsoleSnapshot, ReplayRefusedError, overallHealth, withOwners } from '@newsflow/console-status';
import { ArchiveReader } from './archive-reader';
import { AuthGuard } from './auth/auth.guard';
import { ConsoleEnv } from './console.env';
import { DeadLetterReader } from './kafka/dead-letter-reader';
import { DeadLetterNotFound, DeadLetterReplayer } from './kafka/dead-letter-replayer';
import { OffsetSampler } from './kafka/offset-sampler';
import { ServiceProber } from './service-prober';

/** The JSON behind the dashboard (and `newsflow status`), and the admin actions. */
@Controller('api')
@UseGuards(AuthGuard)
export class StatusController {
  constructor(
    private readonly services: ServiceProber,
    private readonly offsets: OffsetSampler,
    private readonly deadLetters: DeadLetterReader,
    private readonly replayer: DeadLetterReplayer,
    private readonly archive: ArchiveReader,
    private readonly config: ConfigService<ConsoleEnv, true>,
  ) {}

  @Get('status')
  async status(): Promise<ConsoleSnapshot> {
    const [services, mongo, articles, feeds] = await Promise.all([
      this.services.probeAll(),
      this.archive.status(),
      this.archive.latestArticles().catch(() => []),
      this.archive.feeds().catch(() => []),
    ]);
    const kafka = this.offsets.status();
    const stalls = withOwners(kafka.stalls, services);
    return {
      generatedAt: new Date().toISOString(),
      refreshMs: this.config.get('CONSOLE_REFRESH_MS', { infer: true }),
      overall: overallHealth(services, stalls.length),
      services,
      kafka: { ...kafka, stalls },
      deadLetters: { counts: this.deadLetters.log.summary(), latest: this.deadLetters.log.latest() },
      mongo,
      articles,
      feeds,
      queryApiUrl: this.config.get('QUERY_API_URL', { infer: true }),
    };
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @Throttle({ admin: { limit: 30, ttl: 60_000 } })
  async replay(@Param('id') id: string) {
    try {
      return { replayed: id, to: await this.replayer.replay(id) };
    } catch (error) {
      if (error instanceof DeadLetterNotFound) throw new NotFoundException(error.message);
      if (error instanceof ReplayRefusedError) throw new ConflictException(error.message);
      throw error;
    }
  }
}

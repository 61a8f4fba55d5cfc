import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthFailureThrottle, ServiceCoreModule } from '@newsflow/service-kit';
import { ArchiveReader } from './archive-reader';
import { AuthGuard } from './auth/auth.guard';
import { LoginController } from './auth/login.controller';
import { RevokedSessions } from './auth/revoked-sessions';
import { SessionCookies } from './auth/session-cookies';
import { consoleEnvSchema } from './console.env';
import { ConsoleMongo } from './console-mongo';
import { ConsoleKafka } from './kafka/console-kafka';
import { DeadLetterReader } from './kafka/dead-letter-reader';
import { DeadLetterReplayer } from './kafka/dead-letter-replayer';
import { OffsetSampler } from './kafka/offset-sampler';
import { PageController } from './page.controller';
import { ServiceProber } from './service-prober';
import { StatusController } from './status.controller';

@Module({
  imports: [
    ServiceCoreModule.forRoot({ service: 'console', envSchema: consoleEnvSchema }),
    // Admin actions (replay) opt in with ThrottlerGuard and their own limits; failed logins and
    // bearer tokens are throttled by AuthFailureThrottle.
    ThrottlerModule.forRoot([{ name: 'admin', ttl: 60_000, limit: 30 }]),
  ],
  controllers: [PageController, LoginController, StatusController],
  providers: [ConsoleMongo, RevokedSessions, SessionCookies, AuthFailureThrottle, AuthGuard, ConsoleKafka, OffsetSampler, DeadLetterReader, DeadLetterReplayer, ServiceProber, ArchiveReader],
})
export class ConsoleModule {}

import { Controller, Get, Header } from '@nestjs/common';
import { StageMetrics } from './stage-metrics';

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: StageMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

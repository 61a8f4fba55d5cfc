import { StageMetrics } from './stage-metrics';

describe('StageMetrics', () => {
  it('labels every series with the service and counts failures apart from dead letters', async () => {
    const metrics = new StageMetrics('cleaner');
    metrics.errors.inc({ topic: 'newsflow.pages.raw.v1' });
    metrics.deadLetters.inc({ topic: 'newsflow.pages.raw.v1', error_class: 'bad_data' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_processing_errors_total{topic="newsflow.pages.raw.v1",service="cleaner"} 1');
    expect(text).toContain('newsflow_dead_letters_total{topic="newsflow.pages.raw.v1",error_class="bad_data",service="cleaner"} 1');
  });
});

import { Logger } from '@nestjs/common';
import { logLevel } from 'kafkajs';
import { HandBackError } from '../lifecycle/consumer-lifecycle';
import { kafkaLogCreator } from './kafka-log';

describe('kafkaLogCreator', () => {
  const entry = (level: logLevel, error: string) => ({
    namespace: 'Runner',
    level,
    label: 'ERROR',
    log: { timestamp: '2026-12-02T00:00:00.000Z', logger: 'kafkajs', message: 'Error when calling eachMessage', topic: 't', partition: 1, error },
  });

  afterEach(() => jest.restoreAllMocks());

  it('logs kafkajs lines as structured fields under their level', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    kafkaLogCreator(logLevel.WARN)(entry(logLevel.ERROR, 'boom'));
    expect(error).toHaveBeenCalledWith({ kafka: { namespace: 'Runner', topic: 't', partition: 1, error: 'boom' } }, 'Error when calling eachMessage');
  });

  it('logs a record handed back at info level, not as an error', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    kafkaLogCreator(logLevel.WARN)(entry(logLevel.ERROR, new HandBackError('rebalancing').message));
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledTimes(1);
  });
});

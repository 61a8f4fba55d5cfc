import { Logger } from '@nestjs/common';
import { logLevel, type LogEntry, type logCreator } from 'kafkajs';
import { HandBackError } from '../lifecycle/consumer-lifecycle';

type LoggerMethod = 'error' | 'warn' | 'log' | 'debug';

const METHOD_OF: Record<number, LoggerMethod> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** What kafkajs logs when a handler throws a hand-back: a record given back on purpose, not an error. */
const HAND_BACK_MESSAGES = new Set([new HandBackError('stopping').message, new HandBackError('rebalancing').message]);

/**
 * kafkajs' log lines as structured service log lines (`kafka: { namespace, broker, error, … }`)
 * instead of Nest's one flattened string; a record handed back (stopping, rebalancing) at info level,
 * though kafkajs reports every handler error as an error.
 */
export const kafkaLogCreator: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ namespace, level, log }: LogEntry) => {
    const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
    const handedBack = typeof fields['error'] === 'string' && HAND_BACK_MESSAGES.has(fields['error']);
    const method = handedBack ? 'log' : (METHOD_OF[level] ?? 'error');
    logger[method]({ kafka: { namespace, ...fields } }, message);
  };
};

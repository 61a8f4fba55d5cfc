import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Daemon } from './daemon';
import { run } from './run';
import { KAFKA_VERSION, StackSettings, kafkaBrokers } from './settings';

const kafkaHome = (settings: StackSettings) => join(settings.home, 'kafka');
const libsDir = (settings: StackSettings) => join(kafkaHome(settings), `libs-${KAFKA_VERSION}`);
const dataDir = (settings: StackSettings) => join(kafkaHome(settings), 'data');
const configFile = (settings: StackSettings, name: string) => join(kafkaHome(settings), 'config', name);

/** The broker and its runtime dependencies, resolved by Maven from Maven Central. */
const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.newsflow</groupId><artifactId>local-kafka</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>${KAFKA_VERSION}</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version></dependency>
  </dependencies>
</project>
`;

/** Downloads the Kafka jars once; a marker file makes later calls free. */
export function installKafka(settings: StackSettings): void {
  const marker = join(libsDir(settings), '.complete');
  if (existsSync(marker)) return;
  mkdirSync(kafkaHome(settings), { recursive: true });
  writeFileSync(join(kafkaHome(settings), 'pom.xml'), POM);
  run('mvn', ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${libsDir(settings)}`, '-DincludeScope=runtime'], {
    cwd: kafkaHome(settings),
  });
  writeFileSync(marker, `${readdirSync(libsDir(settings)).length} jars\n`);
}

function serverProperties(settings: StackSettings): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${settings.kafkaControllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${settings.kafkaPort},CONTROLLER://127.0.0.1:${settings.kafkaControllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${settings.kafkaPort}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${dataDir(settings)}`,
    // Topics are created by the project with explicit settings, never by a stray producer.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // Raw pages carry whole HTML documents: allow records up to 10 MiB (topics cap lower).
    'message.max.bytes=10485760',
    'replica.fetch.max.bytes=10485760',
    '',
  ].join('\n');
}

const LOG4J = `log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaRaftServer=INFO
`;

const java = (settings: StackSettings, main: string, args: string[]) => [
  '-Xms256m',
  '-Xmx1g',
  `-Dlog4j.configuration=file:${configFile(settings, 'log4j.properties')}`,
  '-cp',
  `${libsDir(settings)}/*`,
  main,
  ...args,
];

/** Writes the configuration and formats the KRaft storage the first time. */
export function prepareKafka(settings: StackSettings): void {
  mkdirSync(join(kafkaHome(settings), 'config'), { recursive: true });
  writeFileSync(configFile(settings, 'server.properties'), serverProperties(settings));
  writeFileSync(configFile(settings, 'log4j.properties'), LOG4J);
  if (existsSync(join(dataDir(settings), 'meta.properties'))) return;
  const clusterId = run('java', java(settings, 'kafka.tools.StorageTool', ['random-uuid'])).trim().split('\n').pop() ?? '';
  run('java', java(settings, 'kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', configFile(settings, 'server.properties')]));
}

export function kafkaDaemon(settings: StackSettings): Daemon {
  return {
    name: `Kafka ${KAFKA_VERSION}`,
    pidFile: join(kafkaHome(settings), 'kafka.pid'),
    logFile: join(kafkaHome(settings), 'kafka.log'),
    command: 'java',
    args: java(settings, 'kafka.Kafka', [configFile(settings, 'server.properties')]),
    cwd: kafkaHome(settings),
  };
}

/** Ready when the broker answers a metadata request as a controller-backed cluster. */
export async function kafkaReady(settings: StackSettings): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'newsflow-stack',
    brokers: kafkaBrokers(settings),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1000,
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } finally {
    await admin.disconnect();
  }
}

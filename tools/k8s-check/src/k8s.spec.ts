import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_TOPIC, TOPIC_SPECS } from '@newsflow/contracts';
import { serviceEnvSchemas, settingsOf } from '@newsflow/config-reference';
import { baseEnvSchema, consumerTransport, requiredGraceSeconds } from '@newsflow/service-kit';
import { ROOT, Rendering, Resource, kubeconform, renderAll } from './manifests';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are checked field by field
type Json = any;

const services = serviceEnvSchemas();
const settingsByService = new Map(services.map(({ service }) => [service, new Set(settingsOf(services.filter((s) => s.service === service)).map(({ name }) => name))]));
const partitionsOf = (topic: string) => TOPIC_SPECS.find(({ name }) => name === topic)?.partitions ?? 0;

/** The topic a service consumes, read from its @EventPattern handler. */
function consumedTopic(service: string): string | undefined {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : entry.endsWith('.ts') ? [join(dir, entry)] : []));
  for (const file of files(join(ROOT, 'apps', service, 'src'))) {
    const handler = /@EventPattern\(INPUT_TOPIC\.(\w+)\)/.exec(readFileSync(file, 'utf8'));
    if (handler) return INPUT_TOPIC[handler[1] as keyof typeof INPUT_TOPIC];
  }
  return undefined;
}
const stages = services.map(({ service }) => service).filter((service) => consumedTopic(service));

const ofKind = (rendering: Rendering, kind: string) => rendering.resources.filter((resource) => resource.kind === kind);
function named(rendering: Rendering, kind: string, name: string): Resource {
  const found = rendering.resources.find((resource) => resource.kind === kind && resource.metadata.name === name);
  if (!found) throw new Error(`${rendering.variant}: no ${kind} ${name}`);
  return found;
}
const secretData = (secret: Resource) =>
  Object.fromEntries(Object.entries(secret.data ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')]));

/** The environment a container starts with: its envFrom ConfigMaps and Secrets, then its env entries. */
function containerEnv(rendering: Rendering, container: Json): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) Object.assign(env, named(rendering, 'ConfigMap', from.configMapRef.name).data);
    if (from.secretRef) Object.assign(env, secretData(named(rendering, 'Secret', from.secretRef.name)));
  }
  for (const { name, value, valueFrom } of container.env ?? []) {
    const ref = valueFrom?.configMapKeyRef ?? valueFrom?.secretKeyRef;
    const source = valueFrom?.configMapKeyRef ? named(rendering, 'ConfigMap', ref.name).data : ref ? secretData(named(rendering, 'Secret', ref.name)) : undefined;
    if (ref && source?.[ref.key] === undefined) throw new Error(`${rendering.variant}: ${name} refers to a missing key ${ref.key} of ${ref.name}`);
    env[name] = ref ? (source?.[ref.key] as string) : value;
  }
  return env;
}

/** Whether a NetworkPolicy's podSelector selects pods with these labels. */
function selects(selector: Json, labels: Record<string, string>): boolean {
  const matchLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const matchExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values }: Json) => {
    if (operator !== 'In') throw new Error(`selector operator ${operator} is not checked`);
    return values.includes(labels[key]);
  });
  return matchLabels && matchExpressions;
}

/** The protocol/port pairs the policies open for a pod in one direction, sorted. */
function allowedPorts(rendering: Rendering, labels: Record<string, string>, direction: 'Ingress' | 'Egress'): string[] {
  const rules = ofKind(rendering, 'NetworkPolicy')
    .filter(({ spec }) => spec.policyTypes.includes(direction) && selects(spec.podSelector, labels))
    .flatMap(({ spec }) => spec[direction === 'Egress' ? 'egress' : 'ingress'] ?? []);
  return [...new Set(rules.flatMap((rule: Json) => (rule.ports ?? []).map(({ protocol, port }: Json) => `${protocol}/${port}`)))].sort() as string[];
}

describe('deploy/k8s', () => {
  let renderings: Rendering[];

  beforeAll(() => {
    renderings = renderAll();
  });

  const each = (check: (rendering: Rendering) => void) => () => {
    expect(renderings.map(({ variant }) => variant)).toEqual(['local', 'production', 'production-hpa', 'production-strimzi']);
    for (const rendering of renderings) check(rendering);
  };

  it('validates against the Kubernetes, KEDA and Strimzi schemas with kubeconform, offline', each(({ variant, yaml, resources }) => {
    const result = kubeconform(yaml);
    expect({ variant, ...result }).toEqual({ variant, ok: true, output: expect.stringContaining(`${resources.length} resources found`) });
    expect(result.output).toContain(`Valid: ${resources.length}, Invalid: 0, Errors: 0, Skipped: 0`);
  }));

  it('makes kubeconform reject what the schemas forbid (a misspelt field, a wrong type, a kind without a schema)', () => {
    const production = renderings.find(({ variant }) => variant === 'production') as Rendering;
    expect(kubeconform(production.yaml.replace('revisionHistoryLimit:', 'revisionHistoryLimt:')).ok).toBe(false);
    expect(kubeconform(production.yaml.replace(/maxReplicaCount: (\d+)/, 'maxReplicaCount: "$1"')).ok).toBe(false);
    expect(kubeconform('apiVersion: v1\nkind: Pod\nmetadata: { name: x }\n').ok).toBe(false);
  });

  it('gives every service a grace period that covers its shutdown deadline and preStop pause', each((rendering) => {
    for (const { metadata, spec } of ofKind(rendering, 'Deployment')) {
      const pod = spec.template.spec;
      const [container] = pod.containers;
      const { SHUTDOWN_DEADLINE_MS: deadlineMs } = baseEnvSchema.pick({ SHUTDOWN_DEADLINE_MS: true }).parse(containerEnv(rendering, container));
      const preStop = container.lifecycle?.preStop?.exec?.command ?? [];
      const preStopSeconds = preStop[0] === 'sleep' ? Number(preStop[1]) : 0;
      const where = `${rendering.variant}/${metadata.name}`;
      expect({ where, grace: pod.terminationGracePeriodSeconds }).toEqual({ where, grace: requiredGraceSeconds(deadlineMs, preStopSeconds) });
    }
  }));

  it('deploys every service, each with probes, requests and limits, a hardened security context and a grace period', each((rendering) => {
    expect(ofKind(rendering, 'Deployment').map(({ metadata }) => metadata.name).sort()).toEqual(services.map(({ service }) => service).sort());
    for (const { metadata, spec } of ofKind(rendering, 'Deployment')) {
      const pod = spec.template.spec;
      const where = `${rendering.variant}/${metadata.name}`;
      expect({ where, grace: pod.terminationGracePeriodSeconds > 0, pod: pod.securityContext }).toEqual({
        where,
        grace: true,
        pod: expect.objectContaining({ runAsNonRoot: true, runAsUser: expect.any(Number), seccompProfile: { type: 'RuntimeDefault' } }),
      });
      for (const container of pod.containers) {
        expect({ where, ...container }).toMatchObject({
          where,
          livenessProbe: { httpGet: { path: '/health/live', port: 'http' } },
          readinessProbe: { httpGet: { path: '/health/ready', port: 'http' } },
          resources: { requests: { cpu: expect.anything(), memory: expect.anything() }, limits: { cpu: expect.anything(), memory: expect.anything() } },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
        });
        // A read-only root filesystem still needs a writable /tmp.
        const tmp = container.volumeMounts.find(({ mountPath }: Json) => mountPath === '/tmp');
        expect(pod.volumes.find(({ name }: Json) => name === tmp?.name)?.emptyDir).toBeDefined();
      }
    }
  }));

  it('gives every service the settings its environment schema requires, valid, and only settings it reads', each((rendering) => {
    for (const { metadata, spec } of ofKind(rendering, 'Deployment')) {
      const service = services.find(({ service }) => service === metadata.name);
      const container = spec.template.spec.containers[0];
      const env = containerEnv(rendering, container);
      const parsed = service?.schema.safeParse(env);
      expect({ where: `${rendering.variant}/${metadata.name}`, issues: parsed?.error?.issues ?? [] }).toEqual({ where: `${rendering.variant}/${metadata.name}`, issues: [] });
      const unread = Object.keys(env).filter((name) => !settingsByService.get(metadata.name)?.has(name));
      expect({ service: metadata.name, unread }).toEqual({ service: metadata.name, unread: [] });
      // The probes' named port is the port the service listens on.
      expect(container.ports).toEqual([{ name: 'http', containerPort: Number(env['HTTP_PORT']) }]);
    }
  }));

  it('keeps tokens, secrets and MongoDB credentials out of ConfigMaps', each((rendering) => {
    const exposed = ofKind(rendering, 'ConfigMap').flatMap(({ metadata, data }) =>
      Object.keys(data ?? {}).filter((key) => /TOKEN|SECRET|PASSWORD|MONGO_URI/.test(key)).map((key) => `${metadata.name}/${key}`),
    );
    expect(exposed).toEqual([]);
  }));

  it('exposes every service on its HTTP port (console and query API for users, all for Prometheus) and guards drains', each((rendering) => {
    for (const { metadata } of ofKind(rendering, 'Deployment')) {
      const service = named(rendering, 'Service', metadata.name);
      expect(service.spec.ports).toEqual([expect.objectContaining({ name: 'http', targetPort: 'http' })]);
      expect(named(rendering, 'PodDisruptionBudget', metadata.name).spec.selector.matchLabels).toEqual(service.spec.selector);
    }
  }));

  it('denies all traffic but what each service needs: DNS, Kafka and MongoDB at their configured ports, the web for the crawler', each((rendering) => {
    expect(named(rendering, 'NetworkPolicy', 'default-deny').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    for (const { metadata, spec } of ofKind(rendering, 'Deployment')) {
      const env = containerEnv(rendering, spec.template.spec.containers[0]);
      const egress = allowedPorts(rendering, spec.template.metadata.labels, 'Egress');
      const portOf = (address: string | undefined, fallback: number) => Number(/:(\d+)(?:[/?,]|$)/.exec(address?.replace(/^mongodb(\+srv)?:\/\/[^@]*@/, '') ?? '')?.[1] ?? fallback);
      expect({ service: metadata.name, egress }).toEqual({
        service: metadata.name,
        egress: [
          'TCP/53',
          'UDP/53',
          ...(metadata.name === 'crawler' ? ['TCP/443', 'TCP/80'] : []),
          ...(metadata.name === 'console' ? ['TCP/http'] : []),
          `TCP/${portOf(env['KAFKA_BROKERS'], 9092)}`,
          ...(env['MONGO_URI'] ? [`TCP/${portOf(env['MONGO_URI'], 27017)}`] : []),
        ].sort(),
      });
    }
  }));

  it('scales each stage on the lag of the topic it consumes, in its consumer group, never beyond the partitions', () => {
    const keda = renderings.find(({ variant }) => variant === 'production') as Rendering;
    const scaled = ofKind(keda, 'ScaledObject');
    expect(scaled.map(({ spec }) => spec.scaleTargetRef.name).sort()).toEqual([...stages].sort());
    for (const { spec } of scaled) {
      const stage = spec.scaleTargetRef.name;
      const [trigger] = spec.triggers;
      expect(trigger).toMatchObject({
        type: 'kafka',
        metadata: { topic: consumedTopic(stage), consumerGroup: consumerTransport(stage, []).options?.consumer?.groupId, lagThreshold: expect.stringMatching(/^\d+$/) },
      });
      // KEDA reads the brokers from the Deployment's own environment.
      expect(containerEnv(keda, named(keda, 'Deployment', stage).spec.template.spec.containers[0])[trigger.metadata.bootstrapServersFromEnv]).toBeTruthy();
      expect(spec.maxReplicaCount).toBeLessThanOrEqual(partitionsOf(trigger.metadata.topic));
    }
  });

  it('falls back to CPU autoscalers of the same stages, as bounded, and never runs more replicas than partitions', each((rendering) => {
    const autoscalers = ofKind(rendering, 'HorizontalPodAutoscaler');
    if (rendering.variant === 'production-hpa') expect(autoscalers.map(({ spec }) => spec.scaleTargetRef.name).sort()).toEqual([...stages].sort());
    for (const { spec } of autoscalers) expect(spec.maxReplicas).toBeLessThanOrEqual(partitionsOf(consumedTopic(spec.scaleTargetRef.name) ?? ''));
    for (const { metadata, spec } of ofKind(rendering, 'Deployment')) {
      const topic = consumedTopic(metadata.name);
      if (topic) expect(spec.replicas ?? 1).toBeLessThanOrEqual(partitionsOf(topic));
    }
  }));

  it('provisions the topics of the contracts, by the Job or as Strimzi KafkaTopics', () => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const expected = TOPIC_SPECS.map(({ name, partitions, retentionMs, maxMessageBytes }) => ({ name, partitions, retentionMs, maxMessageBytes })).sort(byName);
    const strimzi = renderings.find(({ variant }) => variant === 'production-strimzi') as Rendering;
    expect(ofKind(strimzi, 'Job')).toEqual([]);
    const topics = ofKind(strimzi, 'KafkaTopic').map(({ spec }) => ({
      name: spec.topicName,
      partitions: spec.partitions,
      retentionMs: spec.config['retention.ms'],
      maxMessageBytes: spec.config['max.message.bytes'],
    }));
    expect(topics.sort(byName)).toEqual(expected);
    const production = renderings.find(({ variant }) => variant === 'production') as Rendering;
    const job = named(production, 'Job', 'create-topics');
    const script = named(production, 'ConfigMap', job.spec.template.spec.volumes.find(({ name }: Json) => name === 'scripts').configMap.name);
    expect(script.data?.['create-topics.sh']).toBe(readFileSync(join(ROOT, 'deploy', 'topics', 'create-topics.sh'), 'utf8'));
  });
});

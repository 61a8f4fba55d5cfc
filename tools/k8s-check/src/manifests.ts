import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';

export const ROOT = join(__dirname, '..', '..', '..');
const K8S = join(ROOT, 'deploy', 'k8s');
export const SCHEMA_LOCATION = join(K8S, 'schemas', '{{ .ResourceKind }}{{ .KindSuffix }}.json');

/** kustomize or kubeconform, built from its Go module on first use (deploy/k8s/tool.sh). */
export const tool = (name: 'kustomize' | 'kubeconform') => execFileSync('bash', [join(K8S, 'tool.sh'), name], { encoding: 'utf8' }).trim();

/** A Kubernetes object as the checks read it. */
export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are checked field by field
  spec?: any;
  data?: Record<string, string>;
}

export interface Rendering {
  variant: string;
  yaml: string;
  resources: Resource[];
}

/** The component each alternative replaces in the production overlay. */
const ALTERNATIVES: Record<string, [string, string]> = {
  'production-hpa': ['../../components/autoscaling-keda', '../../components/autoscaling-hpa'],
  'production-strimzi': ['../../../topics', '../../components/strimzi-topics'],
};

/**
 * Renders every overlay of deploy/k8s, and the production overlay with each alternative component
 * swapped in, in a scratch copy of deploy/ where each overlay's secrets.env is the example, as an
 * operator starts from it.
 */
export function renderAll(): Rendering[] {
  const kustomize = tool('kustomize');
  const scratch = mkdtempSync(join(tmpdir(), 'newsflow-k8s-'));
  try {
    cpSync(join(ROOT, 'deploy'), join(scratch, 'deploy'), { recursive: true });
    const overlays = join(scratch, 'deploy', 'k8s', 'overlays');
    for (const [variant, [from, to]] of Object.entries(ALTERNATIVES)) {
      cpSync(join(overlays, 'production'), join(overlays, variant), { recursive: true });
      const file = join(overlays, variant, 'kustomization.yaml');
      const kustomization = parse(readFileSync(file, 'utf8'));
      if (!kustomization.components.includes(from)) throw new Error(`the production overlay no longer uses ${from}`);
      kustomization.components = kustomization.components.map((component: string) => (component === from ? to : component));
      writeFileSync(file, stringify(kustomization));
    }
    return readdirSync(overlays).sort().map((variant) => {
      copyFileSync(join(K8S, 'secrets.env.example'), join(overlays, variant, 'secrets.env'));
      const yaml = execFileSync(kustomize, ['build', join(overlays, variant)], { encoding: 'utf8' });
      return { variant, yaml, resources: parseAllDocuments(yaml).map((document) => document.toJS() as Resource) };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** kubeconform, strict, against the committed schemas only: unknown kinds are errors, nothing is fetched. */
export function kubeconform(yaml: string): { ok: boolean; output: string } {
  const run = spawnSync(tool('kubeconform'), ['-strict', '-summary', '-schema-location', SCHEMA_LOCATION, '-'], { input: yaml, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

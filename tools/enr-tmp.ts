import { enrichText as enrich } from '@newsflow/enrichment';
const r = enrich(process.argv.slice(2).join(' ')) as any;
console.log(JSON.stringify(r.bodies.map((b: any) => [b.name, b.country, b.kind, b.mentions?.map((m: any) => m.surface)])));
console.log(JSON.stringify(r.stances.map((s: any) => [s.actor, s.polarity, s.target])));

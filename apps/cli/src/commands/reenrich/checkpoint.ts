import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** How far a re-enrichment run got: it resumes after `lastArticleId` while the gazetteer version is the same. */
const checkpointSchema = z.object({
  gazetteerVersion: z.string(),
  lastArticleId: z.string().optional(),
  done: z.number().int().min(0),
  completed: z.boolean(),
  updatedAt: z.string(),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

/** A checkpoint persisted as a JSON file, replaced atomically so a crash never leaves half of one. */
export class CheckpointFile {
  constructor(readonly path: string) {}

  async load(): Promise<Checkpoint | undefined> {
    const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) return undefined;
    const parsed = checkpointSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`checkpoint ${this.path} is not a re-enrichment checkpoint; remove it or use --restart`);
    return parsed.data;
  }

  async save(checkpoint: Omit<Checkpoint, 'updatedAt'>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const partial = `${this.path}.partial`;
    await writeFile(partial, JSON.stringify({ ...checkpoint, updatedAt: new Date().toISOString() }, null, 2));
    await rename(partial, this.path);
  }

  clear(): Promise<void> {
    return rm(this.path, { force: true });
  }
}

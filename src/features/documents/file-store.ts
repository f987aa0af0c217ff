/**
 * Content-addressed file storage: a file is named by the SHA-256 of its bytes, so storing the
 * same file twice is a no-op, a name never points at changed content, and a write is atomic
 * (written aside, then renamed into place).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** The path of a stored file relative to `root`. */
  relativePath(sha256: string, extension: string): string {
    return path.join(sha256.slice(0, 2), `${sha256}.${extension}`);
  }

  async put(bytes: Uint8Array, extension: string): Promise<{ sha256: string; sizeBytes: number }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = path.join(this.root, this.relativePath(sha256, extension));
    const exists = await stat(target).then((s) => s.size === bytes.length, () => false);
    if (!exists) {
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
      await writeFile(temp, bytes);
      await rename(temp, target);
    }
    return { sha256, sizeBytes: bytes.length };
  }
}

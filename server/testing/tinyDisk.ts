// A small tmpfs of the test's own, to fill up under a running server (SQLite's SQLITE_FULL), and
// chattr +i to make files unwritable even through handles already open (root ignores modes).
// Both need root, as CI runs; a test that needs them fails elsewhere, with this explanation.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TinyDisk {
  readonly dir: string;
  /** Writes a file until the disk has no room left. */
  fill(): void;
  /** Removes that file. */
  free(): void;
  dispose(): void;
}

export function mountTinyDisk(sizeMb: number): TinyDisk {
  if (process.getuid?.() !== 0) throw new Error('This test mounts a tmpfs and sets chattr +i: run it as root (CI does).');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wizard-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', dir]);
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    dispose() {
      execFileSync('umount', ['-l', dir]);
      rmdirSync(dir);
    },
  };
}

/** chattr +i (true) or -i (false): no write reaches the files, not even through an open handle. */
export function setImmutable(files: readonly string[], immutable: boolean): void {
  execFileSync('chattr', [immutable ? '+i' : '-i', ...files]);
}

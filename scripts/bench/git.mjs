/** The commit the figures were measured on, and whether the files that make them were edited since. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What a run's figures were measured on: when, the machine and how busy it was, Node, the commit. */
export function runMeta(root, paths) {
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverage: loadAverage(),
    node: process.version,
    ...gitInfo(root, paths),
  };
}

export const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));

export function gitInfo(root, paths) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

// `npm run build:server`, after Vite has built the page into the same folder: the server itself.
import path from 'node:path';
import { bundleServer } from './bundleServer';

const outDir = path.resolve(process.argv[2] ?? 'dist-server');
const bundled = await bundleServer(outDir);
process.stdout.write(`${path.relative(process.cwd(), bundled.file)}  ${(bundled.bytes / 1024).toFixed(1)} kB\n`);

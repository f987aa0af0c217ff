import { readFile } from 'node:fs/promises';
import { extractPdfText } from './extract-pdf-text.ts';
const f = process.argv[2]!;
const t0 = Date.now();
const { pages } = await extractPdfText(new Uint8Array(await readFile(f)));
console.log(pages.length, 'pages', Date.now() - t0, 'ms');
for (const n of (process.argv[3] ?? '0').split(',')) console.log(`----- page ${n}\n` + pages[Number(n)]);

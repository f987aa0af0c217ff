import { readFile } from 'node:fs/promises';
import { extractPdfText } from './extract-pdf-text.ts';
const t = await extractPdfText(new Uint8Array(await readFile('../shared/ema/product-information-pdf/karvea-epar-product-information_da.pdf')));
const a2 = t.pages.join('\n');
const m = [...a2.matchAll(/.{0,30}[\uFFFD\uF000-\uF8FF].{0,30}/g)].slice(0, 8);
for (const x of m) console.log(JSON.stringify(x[0]), [...x[0]].filter((c) => c.charCodeAt(0) >= 0xf000).map((c) => c.charCodeAt(0).toString(16)));
const counts = new Map<string, number>();
for (const c of a2) if (c.charCodeAt(0) >= 0xf000 && c.charCodeAt(0) < 0xf900) counts.set(c.charCodeAt(0).toString(16), (counts.get(c.charCodeAt(0).toString(16)) ?? 0) + 1);
console.log(counts);

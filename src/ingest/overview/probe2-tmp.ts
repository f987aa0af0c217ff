import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';
const doc = await getDocumentProxy(new Uint8Array(await readFile(process.argv[2]!)), { verbosity: 0 });
const page = await doc.getPage(Number(process.argv[3]));
const c = await page.getTextContent();
for (const it of c.items as any[]) if (it.str.includes(process.argv[4]!) || (process.argv[5] && it.str.includes(process.argv[5]))) console.log(JSON.stringify({ s: it.str, t: it.transform, w: it.width }));

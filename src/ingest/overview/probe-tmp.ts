import { readFile } from 'node:fs/promises';
import { parseOverviewText } from './parse-overview-text.ts';
const text = await readFile(process.argv[2]!, 'utf8');
const r = parseOverviewText(text, process.argv[3] ? { lang: process.argv[3] as any } : {});
const { sections, ...rest } = r;
console.log(JSON.stringify({ ...rest, intro: r.intro && { question: r.intro.question, body: r.intro.body.slice(0, 40) }, moreInformation: r.moreInformation?.heading }, null, 1));
for (const s of sections) console.log(`\n### ${s.heading}\n${s.body}`);

import fs from 'node:fs'; import path from 'node:path';
import { metaSchemaFor } from './dist/schemas/meta.js';
import { createAjv } from './dist/schemas/drafts.js';
const root='/tmp/gen10k'; const docs=[];
for (const rel of fs.readdirSync(root,{recursive:true})) { if(!rel.endsWith('.json')||rel.startsWith('.')) continue; docs.push(JSON.parse(fs.readFileSync(path.join(root,rel),'utf8'))); }
for (const allErrors of [true,false]) {
const v = createAjv('07',{allErrors, validateFormats:false, validateSchema:false}).compile(metaSchemaFor('2020-12'));
for (let r=0;r<3;r++){let t=performance.now(); let bad=0; for (const d of docs) if(!v(d)) bad++; console.log(allErrors,'validate', (performance.now()-t).toFixed(0), bad);}
}

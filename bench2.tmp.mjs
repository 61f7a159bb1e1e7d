import { metaSchemaFor } from './dist/schemas/meta.js';
import { createAjv } from './dist/schemas/drafts.js';
const v = createAjv('07',{allErrors:false, validateFormats:false, validateSchema:false, code:{source:true, optimize: true}}).compile(metaSchemaFor('2020-12'));
console.log(v.source.validateCode.length); console.log(v.source.validateCode.slice(0,6000));

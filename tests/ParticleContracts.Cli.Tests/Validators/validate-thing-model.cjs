// Validates Thing Models against the W3C TM JSON Schema (wot-thing-model-types) with Ajv:
// node validate-thing-model.cjs <file>...  Prints "ok <file>" or the schema errors; exit 1 on an error.
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const fs = require('fs');
const schema = require('wot-thing-model-types/schema/tm-json-schema-validation.json');

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const model = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(model)) {
    console.log(`ok ${file} properties=${Object.keys(model.properties || {}).length} actions=${Object.keys(model.actions || {}).length} events=${Object.keys(model.events || {}).length}`);
  } else {
    failed = true;
    for (const e of validate.errors) {
      console.log(`error ${file} ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
}
process.exit(failed ? 1 : 0);

// Validates AsyncAPI documents with the official parser: node validate-asyncapi.cjs <file>...
// NODE_PATH points at the node_modules the test installed. Prints "ok <file>" or the parser's diagnostics; exit 1 on an error.
const { Parser } = require('@asyncapi/parser');
const fs = require('fs');

(async () => {
  const parser = new Parser();
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const { document, diagnostics } = await parser.parse(fs.readFileSync(file, 'utf8'));
    const errors = diagnostics.filter(d => d.severity === 0);
    for (const d of diagnostics) {
      console.log(`${d.severity === 0 ? 'error' : 'note'} ${file} ${d.code}: ${d.message} at ${JSON.stringify(d.path)}`);
    }
    if (!document || errors.length > 0) {
      failed = true;
    } else {
      console.log(`ok ${file} asyncapi=${document.version()} channels=${document.channels().length} operations=${document.operations().length}`);
    }
  }
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });

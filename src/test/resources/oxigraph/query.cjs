// Loads one RDF file into an in-memory Oxigraph store and runs SPARQL SELECT queries against the union of its
// graphs. Usage: node query.cjs NODE_MODULES_DIR MEDIA_TYPE FILE QUERIES.json
// QUERIES.json maps names to query texts; prints a JSON object mapping names to SPARQL 1.1 JSON results.
const fs = require('fs');
const path = require('path');
const [, , modulesDir, format, file, queriesFile] = process.argv;
const oxigraph = require(path.join(modulesDir, 'oxigraph'));
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, 'utf8'), { format });
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
const out = { size: store.size, results: {} };
for (const [name, q] of Object.entries(queries)) {
  out.results[name] = store.query(q, { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' });
}
process.stdout.write(JSON.stringify(out));

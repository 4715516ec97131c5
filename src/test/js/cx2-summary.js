// Test-only. Reads a CX2 file, converts it with @js4cytoscape/cx-viz-converter to Cytoscape.js elements and style and
// to the converter's "large network view" (per-node computed colours), and prints one JSON summary on stdout.
// Usage: node cx2-summary.js FILE.cx2
'use strict';
globalThis.self = globalThis; // the package is a browser bundle that expects `self`
const fs = require('fs');
const converter = require('@js4cytoscape/cx-viz-converter');

const cx = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cyjs = converter.convert(cx, 'cytoscapeJS');
const views = converter.convert(cx, 'lnv');
const dataById = new Map(cyjs.elements.nodes.map(n => [n.data.id, n.data]));
process.stdout.write(JSON.stringify({
  nodes: cyjs.elements.nodes.length,
  edges: cyjs.elements.edges.length,
  style: cyjs.style,
  nodeViews: views.nodeViews.map(v => ({name: dataById.get(v.id).name, data: dataById.get(v.id), color: v.color,
    position: v.position}))
}));

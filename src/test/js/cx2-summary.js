// Test-only. Reads a CX2 file, converts it with @js4cytoscape/cx-viz-converter to Cytoscape.js elements and style and
// to the converter's "large network view" (per-node computed colours), loads the Cytoscape.js form into a headless
// Cytoscape.js, and prints one JSON summary on stdout. With a second argument, a .cyjs file, loads that too.
// Usage: node cx2-summary.js FILE.cx2 [FILE.cyjs]
'use strict';
globalThis.self = globalThis; // the converter is a browser bundle that expects `self`
const warnings = [];
console.warn = (...parts) => warnings.push(parts.join(' ')); // Cytoscape.js reports rejected elements and styles here
console.error = console.warn;
const fs = require('fs');
const converter = require('@js4cytoscape/cx-viz-converter');
const cytoscape = require('cytoscape');

const cx = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cyjs = converter.convert(cx, 'cytoscapeJS');
const views = converter.convert(cx, 'lnv');
const dataById = new Map(cyjs.elements.nodes.map(n => [n.data.id, n.data]));
const loaded = cytoscape({headless: true, elements: cyjs.elements, style: cyjs.style});
const loadWarnings = warnings.slice();
// The same elements with the style computed, as a browser would draw them: fill and label colour per node.
const styled = cytoscape({headless: true, styleEnabled: true, elements: cyjs.elements, style: cyjs.style});
// Cytoscape.js's computed colour, 'rgb(r,g,b)', as [r, g, b].
const rgb = css => css.match(/\d+/g).slice(0, 3).map(Number);
const summary = {
  nodes: cyjs.elements.nodes.length,
  edges: cyjs.elements.edges.length,
  loadedNodes: loaded.nodes().length,
  loadedEdges: loaded.edges().length,
  style: cyjs.style,
  nodeViews: views.nodeViews.map(v => ({name: dataById.get(v.id).name, data: dataById.get(v.id), color: v.color,
    position: v.position, labelColor: rgb(styled.getElementById(v.id).style('color')),
    fill: rgb(styled.getElementById(v.id).style('background-color'))}))
};
if (process.argv[3]) {
  const desktopJson = cytoscape({headless: true});
  desktopJson.json(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
  summary.cyjs = {nodes: desktopJson.nodes().length, edges: desktopJson.edges().length,
    positioned: desktopJson.nodes().filter(n => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y'))).length};
}
summary.warnings = loadWarnings;
// What the style-computing instance said on top (it knows no `parallelogram`, which the converter passes on).
summary.styleWarnings = warnings.slice(loadWarnings.length);
process.stdout.write(JSON.stringify(summary), () => process.exit(0));

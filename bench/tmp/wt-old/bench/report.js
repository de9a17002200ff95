"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get met () {
        return met;
    },
    get table () {
        return table;
    },
    get writeResults () {
        return writeResults;
    }
});
const _nodefs = require("node:fs");
const met = (f)=>f.value === null || !f.bar ? null : f.bar.op === '>=' ? f.value >= f.bar.value : f.value <= f.bar.value;
const show = (v, unit = '')=>v === null ? 'not measured' : `${v >= 100 ? Math.round(v).toLocaleString('en-US') : Number(v.toPrecision(4))}${unit ? ` ${unit}` : ''}`;
function table(figures) {
    const rows = figures.map((f)=>{
        const bar = f.bar ? `${f.bar.op === '>=' ? '≥' : '≤'} ${f.bar.value.toLocaleString('en-US')}` : 'report';
        const verdict = met(f) === null ? '—' : met(f) ? 'met' : '**missed**';
        return `| ${f.name} | ${show(f.value, f.unit)} | ${bar} | ${verdict} |`;
    });
    return [
        '| figure | value | bar | |',
        '|---|---:|---|---|',
        ...rows
    ].join('\n');
}
function writeResults(jsonFile, markdownFile, results, figures, mode) {
    (0, _nodefs.writeFileSync)(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    const d = results.dataset;
    const m = results.machine;
    const markdown = `# Benchmark results

\`npm run bench${mode === 'quick' ? ' -- --quick' : ''}\` on ${results.generatedAt.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${results.node}.
Data set (${mode}): ${d.parties} parties, ${d.agreements.toLocaleString('en-US')} agreements, ${d.events.toLocaleString('en-US')} events; ${d.seededThrough}.
Ratios divide by a baseline measured in the same run on the same machine; absolute figures move with the machine.

${table(figures)}

## What each figure is

${figures.map((f)=>`- **${f.name}** — ${f.meaning}`).join('\n')}

## Notes

${results.notes.map((n)=>`- ${n}`).join('\n')}
`;
    (0, _nodefs.writeFileSync)(markdownFile, markdown);
}

//# sourceMappingURL=report.js.map
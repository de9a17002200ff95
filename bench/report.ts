import { writeFileSync } from 'node:fs';

export interface Bar {
  op: '>=' | '<=';
  value: number;
}

export interface Figure {
  name: string;
  meaning: string;
  value: number | null;
  unit?: string;
  bar?: Bar;
  /** Why a figure is missing, or how to read it. */
}

export interface Results {
  machine: { cpu: string; cores: number; memoryGb: number; os: string };
  node: string;
  dataset: Record<string, unknown>;
  figures: Record<string, number | null>;
  bars: Record<string, { bar: string; met: boolean | null }>;
  details: Record<string, unknown>;
  notes: string[];
  generatedAt: string;
}

export const met = (f: Figure): boolean | null =>
  f.value === null || !f.bar ? null : f.bar.op === '>=' ? f.value >= f.bar.value : f.value <= f.bar.value;

const show = (v: number | null, unit = '') =>
  v === null ? 'not measured' : `${v >= 100 ? Math.round(v).toLocaleString('en-US') : Number(v.toPrecision(4))}${unit ? ` ${unit}` : ''}`;

/** The figures as a Markdown table, headed with the Node version that measured them. */
export function table(figures: Figure[], node: string): string {
  const rows = figures.map((f) => {
    const bar = f.bar ? `${f.bar.op === '>=' ? '≥' : '≤'} ${f.bar.value.toLocaleString('en-US')}` : 'report';
    const verdict = met(f) === null ? '—' : met(f) ? 'met' : '**missed**';
    return `| ${f.name} | ${show(f.value, f.unit)} | ${bar} | ${verdict} |`;
  });
  return [`| figure (Node ${node}) | value | bar | |`, '|---|---:|---|---|', ...rows].join('\n');
}

export function writeResults(jsonFile: string, markdownFile: string, results: Results, figures: Figure[], mode: string) {
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const d = results.dataset as { agreements: number; events: number; parties: number; seededThrough: string };
  const m = results.machine;
  const markdown = `# Benchmark results

\`npm run bench${mode === 'quick' ? ' -- --quick' : ''}\` on ${results.generatedAt.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${results.node}.
Data set (${mode}): ${d.parties} parties, ${d.agreements.toLocaleString('en-US')} agreements, ${d.events.toLocaleString('en-US')} events; ${d.seededThrough}.
Ratios divide by a baseline measured in the same run on the same machine; absolute figures move with the machine.

${table(figures, results.node)}

## What each figure is

${figures.map((f) => `- **${f.name}** — ${f.meaning}`).join('\n')}

## Notes

${results.notes.map((n) => `- ${n}`).join('\n')}
`;
  writeFileSync(markdownFile, markdown);
}

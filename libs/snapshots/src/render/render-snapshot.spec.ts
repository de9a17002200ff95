import { escapeMarkdown } from './render-snapshot';

/** The fastest of a few runs, so one pause of the machine does not decide the comparison. */
function fastestRun(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('escapeMarkdown', () => {
  it('keeps a value on one line whatever its line endings, a lone CR included', () => {
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
    expect(escapeMarkdown('a  \n\n  b')).toBe('a b');
    expect(escapeMarkdown('a\rb')).toBe('a b');
    expect(escapeMarkdown('| x |\r| y |')).toBe('\\| x \\| \\| y \\|');
    expect(escapeMarkdown('a   b')).toBe('a   b');
  });

  it('takes time in proportion to the text, however long its runs of spaces', () => {
    const spaces = (n: number) => `a${' '.repeat(n)}b`;
    const short = spaces(10_000);
    const long = spaces(40_000);
    escapeMarkdown(long);
    // Four times the text: about four times the work when linear, sixteen when quadratic.
    const ratio = fastestRun(() => escapeMarkdown(long)) / Math.max(fastestRun(() => escapeMarkdown(short)), 0.05);
    expect(ratio).toBeLessThan(8);
  });
});

import { inWalMode } from './wal-mode';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('inWalMode', () => {
  it('given another process switching the file at the same moment, tries again until the switch is done', () => {
    let refusals = 2;
    const pragma = jest.fn(() => {
      if (refusals-- > 0) throw busy();
      return 'wal';
    });
    inWalMode({ pragma }, 1000);
    expect(pragma).toHaveBeenCalledTimes(3);
  });

  it('gives up with the refusal once the time is spent, and at once on any other error', () => {
    const alwaysBusy = () => {
      throw busy();
    };
    expect(() => inWalMode({ pragma: alwaysBusy }, 30)).toThrow('database is locked');
    const readOnly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    const pragma = jest.fn(() => {
      throw readOnly;
    });
    expect(() => inWalMode({ pragma }, 1000)).toThrow(readOnly);
    expect(pragma).toHaveBeenCalledTimes(1);
  });
});

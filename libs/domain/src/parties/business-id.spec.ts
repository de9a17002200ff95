import { isValidBusinessId } from './business-id';

describe('isValidBusinessId', () => {
  it("accepts Jyväskylä's Y-tunnus 0208201-1", () => {
    expect(isValidBusinessId('0208201-1')).toBe(true);
  });
  it('refuses a wrong check digit', () => {
    expect(isValidBusinessId('0208201-2')).toBe(false);
  });
  it('accepts a check digit of 0 when the remainder is 0', () => {
    // 0000000: sum 0, remainder 0 → check digit 0
    expect(isValidBusinessId('0000000-0')).toBe(true);
  });
  it('refuses every id whose weighted sum leaves remainder 1, whatever the check digit', () => {
    // 0000030: 3·4 = 12, and 12 % 11 = 1
    for (let digit = 0; digit <= 9; digit++) expect(isValidBusinessId(`0000030-${digit}`)).toBe(false);
  });
  it.each(['208201-1', '02082011', '0208201-', 'A208201-1', ' 0208201-1'])('refuses the malformed %p', (value) => {
    expect(isValidBusinessId(value)).toBe(false);
  });
});

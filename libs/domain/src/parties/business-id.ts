const BUSINESS_ID_SHAPE = /^(\d{7})-(\d)$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Finnish Y-tunnus NNNNNNN-C: mod-11 check digit; a remainder of 1 is never issued. */
export function isValidBusinessId(value: string): boolean {
  const match = BUSINESS_ID_SHAPE.exec(value);
  if (!match) return false;
  const sum = [...match[1]].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const checkDigit = remainder === 0 ? 0 : 11 - remainder;
  return Number(match[2]) === checkDigit;
}

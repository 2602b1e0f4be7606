/**
 * ISO/IEC 7064 MOD 11,10 check digit in the formulation of the ELSTER documentation.
 * Used by the Steuer-ID (10 digits) and the German USt-IdNr (8 digits).
 */
export function iso7064Mod1110CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError('iso7064Mod1110CheckDigit expects a string of digits');
  let product = 10;
  for (const char of digits) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

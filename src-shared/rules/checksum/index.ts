export { iso7064Mod1110CheckDigit } from './iso7064-mod11-10';

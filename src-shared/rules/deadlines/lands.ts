import { isLandCode, landCodes, landNames } from '../land';
import type { LandCode } from '../land';

/** Bundesland by its ISO 3166-2:DE suffix; the shared land module is the single source. */
export type Land = LandCode;

export const lands: readonly Land[] = landCodes;

export { landNames };

export const isLand = (value: unknown): value is Land => typeof value === 'string' && isLandCode(value);

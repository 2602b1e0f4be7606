export { isLandCode, landCodes, landNames, parseLand } from './land-codes';
export type { LandCode } from './land-codes';

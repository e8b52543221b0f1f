/**
 * The four tslib helpers that the AWS SDK's hashing packages (`@aws-crypto/*`, CommonJS)
 * call. Their `require("tslib")` would otherwise bring the whole of tslib (about 22 KB),
 * since a CommonJS require keeps every export; `build/slim-tslib.ts` points them here.
 */
export { __awaiter, __exportStar, __generator, __values } from 'tslib';

// Snow device types by product name, and the service's state codes in the console's words.
// Names follow AWS's documentation: the Snowball Edge developer guide's "How to identify
// your device" page (V3_5C, V3_5S) and the Snowball job API's SnowballType values.

/** Product names by device type code. DescribeDevice's `deviceType` is a free string: codes not listed stay as they come. */
const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  STANDARD: 'Snowball',
  EDGE: 'Snowball Edge Storage Optimized with EC2 compute',
  EDGE_C: 'Snowball Edge Compute Optimized',
  EDGE_CG: 'Snowball Edge Compute Optimized with GPU',
  EDGE_S: 'Snowball Edge Storage Optimized',
  SNC1_HDD: 'Snowcone HDD',
  SNC1_SSD: 'Snowcone SSD',
  V3_5C: 'Snowball Edge Compute Optimized (AMD EPYC Gen2, NVMe)',
  V3_5S: 'Snowball Edge Storage Optimized 210 TB',
  RACK_5U_C: 'Snowblade',
};

/** Whether the code is a device type AWS documents. */
export function isKnownDeviceType(code: string | undefined): boolean {
  return code !== undefined && Object.hasOwn(PRODUCT_NAMES, code.trim().toUpperCase());
}

/** The product name of a device type code ("EDGE_C" → "Snowball Edge Compute Optimized"); an unknown code as it is. */
export function deviceTypeName(code: string | undefined): string | undefined {
  if (code === undefined || code.trim() === '') return undefined;
  const key = code.trim().toUpperCase();
  return Object.hasOwn(PRODUCT_NAMES, key) ? PRODUCT_NAMES[key] : code;
}

/** The code a product name stands for, so a filter typed with the code or the name finds the same devices. */
export function deviceTypeCode(nameOrCode: string): string | undefined {
  const wanted = nameOrCode.trim().toLowerCase();
  const hit = Object.entries(PRODUCT_NAMES).find(([code, name]) => name.toLowerCase() === wanted || code.toLowerCase() === wanted);
  return hit?.[0];
}

/**
 * An API code in sentence case, as the AWS console writes states: "UNLOCKED" → "Unlocked",
 * "NOT_STARTED" → "Not started". Text that is not an upper-case code stays as it is.
 */
export function codeLabel(code: string | undefined): string | undefined {
  if (code === undefined || code === '') return undefined;
  if (!/^[A-Z][A-Z0-9_]*$/.test(code)) return code;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

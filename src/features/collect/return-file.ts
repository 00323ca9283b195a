/**
 * Which files of a folder `collect` reads as returns: the one rule for the CLI's folder walk and the
 * web page's picked files — .xlsx and .xlsm, not Excel's ~$ lock files, not hidden files.
 */

/**
 * Whether a file name is read as a return.
 * @example isReturnFile('一小.xlsx'); // true
 * isReturnFile('~$一小.xlsx'); // false
 */
export function isReturnFile(name: string): boolean {
  return /\.xls[xm]$/i.test(name) && !skippedName(name);
}

/**
 * Names a folder walk passes over, files and folders alike: Excel's ~$ lock files and hidden ones.
 * @example skippedName('.git'); // true
 */
export function skippedName(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

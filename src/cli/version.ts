/** evt's version: `evt --version`, and part of the --cache key. */
export const VERSION = '0.1.0';

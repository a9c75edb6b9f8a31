/** Types of chromium.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
export declare const chromiumArgs: readonly string[];
export declare const chromiumPath: () => string;

/** Types of js-imports.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
export declare function staticImports(code: string): string[];
export declare function dynamicImports(code: string): string[];

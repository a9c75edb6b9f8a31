// Provided by build/vite-content-plugin.ts: the content after validation, with schema defaults applied.
declare module 'virtual:exhibit-content' {
  const content: import('./types').Content;
  export default content;
}

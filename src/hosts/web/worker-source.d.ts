/** The worker's bundle as text: webpack.web.config.js builds worker.ts first and aliases this name to it. */
declare module 'pm-web-worker-source' {
  const source: string;
  export default source;
}

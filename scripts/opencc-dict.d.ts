// opencc-js ships its dictionaries as modules without types: each is one string of "from to|…" entries.
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}

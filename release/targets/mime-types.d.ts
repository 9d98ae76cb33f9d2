// mime-types (the table `send` serves releases with) ships no types; the one function used here.
declare module 'mime-types' {
  const mime: { contentType(extensionOrType: string): string | false }
  export default mime
}

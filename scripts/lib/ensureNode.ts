/** The project brings Node 24 as a devDependency; npm scripts run on it. Say so if bypassed. */
export function ensureNode24(): void {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.error(
      `Cần Node.js 24 trở lên (đang dùng ${process.versions.node}). Hãy chạy qua npm (npm start, npm test): ` +
        'npm dùng Node 24 cài trong node_modules/.bin.',
    )
    process.exit(1)
  }
}

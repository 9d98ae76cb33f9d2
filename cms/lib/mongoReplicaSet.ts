/**
 * MongoDB without a replica set has no transactions, and Payload's adapter then runs every write on
 * its own without saying so (it turns transactions off when the connection names no replica set).
 * The catalogue relies on them: a release goes live with its records in one transaction, an import
 * is written whole or not at all. So a MongoDB connection must name its replica set; a single-node
 * one is enough.
 */
export function requireReplicaSet(replicaSet: string | undefined): void {
  if (replicaSet) return
  throw new Error(
    'MongoDB trong DATABASE_URI không phải một replica set, nên không có giao dịch (transaction): ' +
      'một lần xuất bản hay một lần nhập có thể bị ghi dở dang. Hãy chạy MongoDB dưới dạng replica set ' +
      '(một máy cũng được: mongod --replSet rs0, rồi rs.initiate()) và ghi tên của nó vào DATABASE_URI, ' +
      'ví dụ mongodb://127.0.0.1:27017/thutuc?replicaSet=rs0 (docs/deploy.md, "The database").',
  )
}

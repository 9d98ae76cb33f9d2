import type { Payload, PayloadRequest } from 'payload'

import { inSystemTransaction, inTransaction } from '../../cms/lib/transaction'
import { runLoaders, type LoadReport } from './loaders'

/**
 * Loads the demo catalogue of Điện Biên through the Local API, so every hook and rule runs as it
 * would for an officer. The per-collection loaders (`./loaders`) upsert by natural key: loading
 * again changes nothing, and a changed value in the data is updated in place.
 */
export async function seedDemo(
  payload: Payload,
  log: (message: string) => void = () => {},
  req?: PayloadRequest,
): Promise<LoadReport> {
  // One transaction (the caller's, when given): a failure midway leaves the database as it was.
  if (req) return inTransaction(req, () => runLoaders(payload, req, log))
  return inSystemTransaction(payload, (system) => runLoaders(payload, system, log))
}

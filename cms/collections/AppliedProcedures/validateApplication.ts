import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { applicationErrors } from './applicationRules'
import { idOf } from '../../lib/idOf'

/**
 * Runs on every save, draft or not: the pair (locality, procedure) must make sense from the start.
 * That the officer may write for that locality is judged before (judgeFinalDocument, reviewWorkflowPlugin).
 */
export const validateApplication: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const localityID = idOf(data.locality ?? originalDoc?.locality)
  const procedureID = idOf(data.procedure ?? originalDoc?.procedure)
  if (!localityID || !procedureID) {
    throw new ValidationError(
      {
        collection: 'applied-procedures',
        errors: [
          ...(localityID ? [] : [{ path: 'locality', message: 'Hãy chọn địa phương áp dụng.' }]),
          ...(procedureID
            ? []
            : [{ path: 'procedure', message: 'Hãy chọn thủ tục trong danh mục của tỉnh.' }]),
        ],
      },
      req.t,
    )
  }

  // The master may be a draft the officer cannot read; the rules need it all the same.
  const [procedure, locality, duplicates] = await Promise.all([
    req.payload.findByID({
      collection: 'procedures',
      id: procedureID,
      depth: 0,
      draft: false,
      req,
      overrideAccess: true,
    }),
    req.payload.findByID({
      collection: 'localities',
      id: localityID,
      depth: 0,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'applied-procedures',
      where: {
        and: [
          { locality: { equals: localityID } },
          { procedure: { equals: procedureID } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      overrideAccess: true,
    }),
  ])

  const errors = applicationErrors({
    procedure,
    locality,
    committedTime: data.committedTime,
    appliedFrom: data.appliedFrom,
  })
  if (duplicates.docs.length > 0) {
    errors.push({
      path: 'procedure',
      message: `${locality.name} đã áp dụng thủ tục ${procedure.code}; hãy sửa bản đã có.`,
    })
  }
  if (errors.length) throw new ValidationError({ collection: 'applied-procedures', errors }, req.t)

  return { ...data, title: `${procedure.code} – ${procedure.name} (${locality.name})` }
}

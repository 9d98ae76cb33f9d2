import { describe, expect, it } from 'vitest'

import type { WorkflowDocument } from '../../workflow/rules'
import { workFor } from './workQueue'

const doc = (
  over: Partial<WorkflowDocument & { reviewedByID: string }>,
): WorkflowDocument & { reviewedByID?: string } => ({
  state: 'in-review',
  localityID: 'town',
  authorIDs: ['author'],
  submittedByID: 'author',
  changeReason: 'Luật mới',
  title: 'Đăng ký khai sinh',
  ...over,
})

const reviewer = { id: 'r', roles: ['reviewer'] }
const approver = { id: 'a', roles: ['approver'] }
const townApprover = { id: 't', roles: ['approver'], localities: ['town'] }
const publisher = { id: 'p', roles: ['publisher'] }
const author = { id: 'author', roles: ['locality-officer'], localities: ['town'] }

describe('workFor', () => {
  it('in review: approvers approve, reviewers review until someone signed it off', () => {
    expect(workFor(approver, doc({}))).toBe('approve')
    expect(workFor(reviewer, doc({}))).toBe('review')
    expect(workFor(reviewer, doc({ reviewedByID: 'other' }))).toBeNull()
    expect(workFor(approver, doc({ reviewedByID: 'other' }))).toBe('approve')
    expect(workFor(publisher, doc({}))).toBeNull()
  })

  it('never asks the author to review or approve their own version', () => {
    expect(workFor({ ...approver, id: 'author' }, doc({}))).toBeNull()
    expect(workFor({ ...reviewer, id: 'x' }, doc({ submittedByID: 'x' }))).toBeNull()
  })

  it('a locality’s approver acts on that locality’s documents only', () => {
    expect(workFor(townApprover, doc({}))).toBe('approve')
    expect(workFor(townApprover, doc({ localityID: 'elsewhere' }))).toBeNull()
    expect(workFor(townApprover, doc({ localityID: null }))).toBeNull()
  })

  it('approved waits for publishers and approvers; changes requested for its authors', () => {
    expect(workFor(publisher, doc({ state: 'approved' }))).toBe('publish')
    expect(workFor(approver, doc({ state: 'approved' }))).toBe('publish')
    expect(workFor(reviewer, doc({ state: 'approved' }))).toBeNull()
    expect(workFor(author, doc({ state: 'changes-requested' }))).toBe('fix')
    expect(workFor(approver, doc({ state: 'changes-requested' }))).toBeNull()
  })

  it('drafts and published documents wait for nobody', () => {
    for (const state of ['draft', 'published'] as const)
      for (const user of [reviewer, approver, publisher, author])
        expect(workFor(user, doc({ state }))).toBeNull()
  })
})

/** A complete imported procedure for unit tests (khai sinh, one direct channel), with overrides. */
import { orderedListToLexical } from '../../lib/lexical'
import { NO_GAP, type ImportedProcedure } from '../records'

export const procedure = (extra: Partial<ImportedProcedure> = {}): ImportedProcedure => ({
  code: '1.001193',
  localCode: null,
  name: 'Đăng ký khai sinh',
  validity: 'in-force',
  levels: ['commune'],
  sector: 'Hộ tịch',
  formalityType: 'standard',
  onlineServiceLevel: 'partial',
  subjects: ['citizen'],
  subjectsGap: NO_GAP,
  description: null,
  agencies: {
    implementing: ['Ủy ban nhân dân cấp xã'],
    competent: [],
    coordinating: [],
    authorised: [],
    implementingGap: NO_GAP,
  },
  steps: orderedListToLexical(['Nộp hồ sơ.', 'Nhận kết quả.']) as ImportedProcedure['steps'],
  stepsGap: NO_GAP,
  methods: [
    {
      channel: 'direct',
      processingTime: 5,
      processingTimeUnit: 'working-day',
      description: null,
      processingTimeText: null,
      processingTimeGap: NO_GAP,
      fees: [{ amount: 20000, currency: 'VND', description: null }],
      feesGap: NO_GAP,
    },
  ],
  methodsGap: NO_GAP,
  dossierCases: [
    {
      name: 'Giấy tờ phải nộp',
      components: [
        {
          name: 'Tờ khai',
          description: null,
          originals: 1,
          copies: 0,
          required: true,
          form: 'to-khai.docx',
        },
      ],
    },
  ],
  dossierGap: NO_GAP,
  results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
  resultsGap: NO_GAP,
  requirements: null,
  requirementsGap: { kind: 'none', source: null },
  legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
  keywords: [],
  synonyms: [],
  relatedProcedures: [],
  ...extra,
})

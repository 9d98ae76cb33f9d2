import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

import type { SeedForm } from './data/types'

/**
 * Demo forms as real DOCX files, made with the `docx` library, so that the catalogue links to
 * downloadable forms and uploads go through the same checks as an officer's.
 */
export async function renderForm(form: SeedForm): Promise<Buffer> {
  const line = (
    text: string,
    options: { bold?: boolean; center?: boolean; italics?: boolean } = {},
  ) =>
    new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { after: 120 },
      children: [
        new TextRun({
          text,
          bold: options.bold,
          italics: options.italics,
          font: 'Times New Roman',
          size: 26,
        }),
      ],
    })
  const document = new Document({
    creator: 'Danh mục thủ tục hành chính (dữ liệu mẫu)',
    title: form.title,
    sections: [
      {
        children: [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
          line('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
          line(''),
          line(form.title, { bold: true, center: true }),
          ...form.lines.map((text) => line(text)),
          line(''),
          line('(Mẫu dùng cho dữ liệu trình diễn; hãy dùng mẫu chính thức khi triển khai.)', {
            italics: true,
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

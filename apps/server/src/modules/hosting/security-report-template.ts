/**
 * 安全检测报告模板 ("请先下载模板，填写后上传"): a one-page PDF built here, so the repository carries
 * no binary. Standard Helvetica has no Chinese glyphs, so the template's headings are English;
 * the seller fills it in and uploads it as a PDF.
 */
const LINES = [
  ['Cloudmart Hosting Platform - Security Test Report (template)', 16],
  ['', 11],
  ['1. Product', 13],
  ['Hosted product code / name:', 11],
  ['Version tested:                      Test period:', 11],
  ['', 11],
  ['2. Scope', 13],
  ['Systems, domains and interfaces covered by the test:', 11],
  ['', 11],
  ['3. Method', 13],
  ['Tools and standards used (e.g. OWASP Top 10, authenticated scan, manual review):', 11],
  ['', 11],
  ['4. Findings', 13],
  ['ID | Title | Severity (high/medium/low) | Status (fixed/accepted) | Evidence', 11],
  ['', 11],
  ['5. Conclusion', 13],
  ['High-risk findings open at submission must be zero.', 11],
  ['', 11],
  ['Tester:                    Company:                    Date:', 11],
] as const;

function escape(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function securityReportTemplatePdf(): Buffer {
  let y = 790;
  const ops = LINES.map(([text, size]) => {
    const line = `BT /F1 ${size} Tf 56 ${y} Td (${escape(text)}) Tj ET`;
    y -= size + 12;
    return line;
  }).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

import { describe, expect, it } from 'vitest';
import { attachmentDisposition, storedFileName } from './file-name.js';

const pdf = { ext: 'pdf', mime: 'application/pdf' };
const jpg = { ext: 'jpg', mime: 'image/jpeg' };

describe('storedFileName', () => {
  it('keeps a name whose extension matches the content', () => {
    expect(storedFileName('架构说明.pdf', pdf)).toBe('架构说明.pdf');
    expect(storedFileName('photo.JPEG', jpg)).toBe('photo.JPEG');
  });

  it('appends the real extension when the name claims another type', () => {
    expect(storedFileName('report.html', pdf)).toBe('report.html.pdf');
    expect(storedFileName('noextension', pdf)).toBe('noextension.pdf');
  });

  it('drops any path and control characters from the client name', () => {
    expect(storedFileName('C:\\Users\\me\\a.pdf', pdf)).toBe('a.pdf');
    expect(storedFileName('../../etc/pa\u0000ss"wd.pdf', pdf)).toBe('passwd.pdf');
    expect(storedFileName('...hidden.pdf', pdf)).toBe('hidden.pdf');
  });

  it('names a nameless upload "file"', () => {
    expect(storedFileName(undefined, pdf)).toBe('file.pdf');
    expect(storedFileName('   ', pdf)).toBe('file.pdf');
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = storedFileName(`${'长'.repeat(500)}.pdf`, pdf);
    expect(name.length).toBe(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('sends a Chinese name RFC 5987-encoded with an ASCII fallback', () => {
    expect(attachmentDisposition('合同 v2.pdf')).toBe(`attachment; filename="__ v2.pdf"; filename*=UTF-8''%E5%90%88%E5%90%8C%20v2.pdf`);
  });

  it('cannot be broken out of by quotes or encoded specials', () => {
    const header = attachmentDisposition(`a"b'(c).pdf`);
    expect(header).toBe(`attachment; filename="a_b'(c).pdf"; filename*=UTF-8''a%22b%27%28c%29.pdf`);
  });
});

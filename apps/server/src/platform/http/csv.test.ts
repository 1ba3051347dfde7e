import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvHeader, csvLine, csvText } from './csv.js';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('@cmd')).toBe("'@cmd");
  });
  it('writes numbers and empty values as they are', () => {
    expect(csvText(-12)).toBe('-12');
    expect(csvText(null)).toBe('');
  });
  it('starts the file with a BOM and ends lines with CRLF', () => {
    expect(csvHeader(['a', 'b'])).toBe(`${CSV_BOM}a,b\r\n`);
    expect(csvLine(['1', '2'])).toBe('1,2\r\n');
  });
});

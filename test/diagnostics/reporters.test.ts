import path from 'node:path';
import { main } from '../../src/cli/main';
import { JsonReportShape } from '../../src/diagnostics/json-shape';
import { captureIO } from '../lint/capture-io';

const ROOT = path.join(__dirname, '..', '..');
const fixture = (name: string) => path.join('test', 'fixtures', 'broken', name);
beforeAll(() => process.chdir(ROOT));

describe('reporters', () => {
  it('--format json prints only the documented array on stdout', async () => {
    const io = captureIO('en');
    expect(
      await main(['check', '--format', 'json', fixture('07-unknown-key-typo.yaml'), fixture('16-half-width-punctuation.yaml')], io),
    ).toBe(1);
    const parsed = JsonReportShape.parse(JSON.parse(io.out.join('')));
    expect(parsed.map((d) => d.severity)).toEqual(['error', 'warning', 'warning']);
    expect(parsed[0]).toMatchObject({ code: 'JB203', line: 4, col: 5, message: 'unknown key "sorce"' });
    expect(parsed[0].hint).toContain('did you mean "source"?');
    expect(parsed[1].fixable).toBe(true);
  });

  it('--format github prints one workflow annotation per problem', async () => {
    const io = captureIO('en');
    await main(['check', '--format', 'github', fixture('16-half-width-punctuation.yaml')], io);
    const lines = io.out.join('\n').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::warning file=test\/fixtures\/broken\/16-half-width-punctuation\.yaml,line=6,col=11,title=JB301::half-width "%2C"|^::warning file=.*,line=6,col=11,title=JB301::half-width ","/,
    );
  });

  it('text output quotes the line with a marker, gives the hint and a summary, errors first', async () => {
    const io = captureIO('zh');
    await main(['check', fixture('16-half-width-punctuation.yaml'), fixture('26-empty-article.yaml')], io);
    const text = io.err.join('\n');
    expect(text.indexOf('JB311')).toBeLessThan(text.indexOf('JB301'));
    expect(text).toContain('会议指出,要抓好落实');
    expect(text).toMatch(/\n\s+\^/);
    expect(text).toContain('提示: 改为全角“，”');
    expect(text).toMatch(/1 个错误，2 个警告$/);
  });

  it('names the encoding it read a clearly UTF-16 file as, and offers to re-save it', async () => {
    const io = captureIO('en');
    expect(await main(['check', '--format', 'json', fixture('13-utf16-encoded.yaml')], io)).toBe(0);
    const [d] = JSON.parse(io.out.join(''));
    expect(d.message).toBe('the file is UTF-16LE, not UTF-8; it was read as UTF-16LE');
    expect(d.hint).toContain('check --fix');
    const read = captureIO('en');
    expect(await main(['check', '--format', 'json', '--encoding', 'utf-16le', fixture('13-utf16-encoded.yaml')], read)).toBe(0);
    const gbk = captureIO('en');
    expect(await main(['check', '--format', 'json', '--encoding', 'gb18030', fixture('12-gbk-encoded.yaml')], gbk)).toBe(0);
    const wrong = captureIO('en');
    await main(['check', '--format', 'json', '--encoding', 'utf-16be', fixture('12-gbk-encoded.yaml')], wrong);
    expect(JSON.parse(wrong.out.join(''))[0].code).toBe('JB007');
  });
});

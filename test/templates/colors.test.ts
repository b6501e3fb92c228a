// A template's `colors:` (issue #23 item 10): defined once, named by styles, runs and rules; an
// optional CMYK per colour; a name that is not defined, a bad value or one RGB with two CMYKs is
// refused with the place it is written.
import { ManifestFile, ManifestProblem, resolveManifest } from '../../src/templates/manifest';

const base = {
  name: 't',
  page: { margins: { top: '37mm', bottom: '35mm', inside: '28mm', outside: '26mm' } },
  styles: { default: {}, masthead: { color: 'red' }, plain: { color: '#1d4f91' } },
  runs: { source: { color: 'red' } },
  rules: { masthead: { color: 'red', thickness: '2pt' } },
};
const resolve = (extra: object) => resolveManifest(ManifestFile.parse({ ...base, ...extra }));

it('resolves colour names to their RGB everywhere and keeps CMYK by RGB', () => {
  const m = resolve({ colors: { red: { rgb: '#e60012', cmyk: [0, 100, 100, 0] } } });
  expect(m.paragraphStyles.masthead.color).toBe('#E60012');
  expect(m.paragraphStyles.plain.color).toBe('#1D4F91');
  expect(m.runStyles.source.color).toBe('#E60012');
  expect(m.ruleStyles.masthead.color).toBe('#E60012');
  expect(m.printColors).toEqual({ '#E60012': [0, 100, 100, 0] });
  expect(resolve({ colors: { red: '#E60012' } }).printColors).toEqual({});
});

it('refuses a colour name that colors: does not define, naming where it is used', () => {
  expect(() => resolve({ colors: {} })).toThrow(ManifestProblem);
  let problem: unknown = null;
  try {
    resolve({ colors: { crimson: '#E60012' } });
  } catch (e) {
    problem = e;
  }
  expect(problem).toBeInstanceOf(ManifestProblem);
  expect((problem as ManifestProblem).message).toContain('"red"');
  expect((problem as ManifestProblem).path).toEqual(['styles', 'masthead', 'color']);
});

it('refuses CMYK outside 0–100, with three values, or a bad RGB', () => {
  for (const red of [{ rgb: '#E60012', cmyk: [0, 120, 100, 0] }, { rgb: '#E60012', cmyk: [0, 100, 100] }, { rgb: 'E60012' }, 'rot!']) {
    expect(ManifestFile.safeParse({ ...base, colors: { red } }).success).toBe(false);
  }
});

it('refuses one RGB given two different CMYKs', () => {
  expect(() => resolve({ colors: { red: { rgb: '#E60012', cmyk: [0, 100, 100, 0] }, accent: { rgb: '#E60012', cmyk: [0, 90, 100, 0] } } })).toThrow(
    /already has the CMYK/,
  );
});

// The checker the package test relies on must itself reject broken XML.
import { assertWellFormed } from './xml-wellformed';

test('accepts well-formed XML with a declaration, attributes and entities', () => {
  expect(() => assertWellFormed('<?xml version="1.0"?><a x="1" y=\'&amp;\'><b/>t &lt; u<c></c></a>')).not.toThrow();
});

test.each([
  ['<a><b></a></b>', /mismatched/],
  ['<a><b></a>', /mismatched/],
  ['<a>', /unclosed/],
  ['<a x="1" x="2"/>', /duplicate attribute/],
  ['<a x=1/>', /unterminated/],
  ['<a>&nbsp;</a>', /bad entity/],
  ['<a/><b/>', /one root/],
  ['<a/>tail', /outside the root/],
])('rejects %s', (xml, error) => {
  expect(() => assertWellFormed(xml)).toThrow(error);
});

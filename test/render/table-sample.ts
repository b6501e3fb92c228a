// The body table the table tests type (a wide column, alignments, bold and a spaced number in
// cells) and the rows it must print: shared by render/tables.test.ts and, in the full tier, the
// LibreOffice check in render/docx/soffice.test.ts.
export const SAMPLE = [
  '下表是一季度各地开展科普活动的情况。',
  '| 地区 | 活动场次 | 参与人数 |',
  '|---|:-:|---:|',
  '| 温州市鹿城区 | 12 | 3400 |',
  '| 宁波市科学技术协会与各县区科协联合举办的科普大篷车进社区活动 | 8 | 2100 |',
  '| 台州 | **5** | 9 00 |',
  '表后的段落照常排。',
].join('\n');
export const ROWS = [
  ['地区', '活动场次', '参与人数'],
  ['温州市鹿城区', '12', '3400'],
  ['宁波市科学技术协会与各县区科协联合举办的科普大篷车进社区活动', '8', '2100'],
  ['台州', '**5**', '9 00'],
];

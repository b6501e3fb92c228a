// Is a space between Chinese characters certainly stray, or could it be deliberate? Office
// documents pad a two-character name (`林　晓`, `陈 静`) and separate names with spaces
// (`周敏 陈静`), so a space beside a name-like run is only warned, never removed by --fix, and
// a space in a byline (`通讯员 周敏 陈 静`) is not even warned.
import { isHan } from './chinese';

export type SpaceVerdict = 'byline' | 'uncertain' | 'certain';

/** Words after which the runs are people's names (a byline inside a body). */
const TITLES =
  /(?:通讯员|通訊員|记者|記者|作者|摄影|攝影|摄像|攝像|撰稿|撰文|编辑|編輯|责编|責編|供稿|审核|審核|审稿|審稿|校对|校對|执笔|執筆|主编|主編|签发|簽發|拟稿|擬稿|核稿|联系人|聯繫人|讲解员|講解員)$/;
/** Common surnames (simplified and traditional): a run starting with one may be a name. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧诸' +
    '陳劉張黃趙吳楊許葉蘇鄭謝馮鄧蔣錢羅孫馬龔韓盧鍾譚陸範賈韋鄒閆顧賀龍湯蕭歐諸',
);
/** A run of ideographs this long or shorter, set off by spaces or marks, may be a name. */
const NAME_MAX = 3;
/** A byline's names continue over runs this long (欧阳小明 has four characters). */
const BYLINE_RUN_MAX = 4;

interface Run {
  text: string;
  /** The run touches a digit or a Latin letter (`2025年`): part of a number, not a name. */
  glued: boolean;
  /** The run is set off from what is beyond it by a space. */
  spaced: boolean;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000';
const isAlnum = (ch: string | undefined) => ch !== undefined && /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(ch);

function runBefore(line: string, end: number): Run {
  let i = end;
  while (i > 0 && isHan(line[i - 1])) i--;
  return { text: line.slice(i, end), glued: isAlnum(line[i - 1]), spaced: isSpace(line[i - 1]) };
}

function runAfter(line: string, start: number): Run {
  let i = start;
  while (i < line.length && isHan(line[i])) i++;
  return { text: line.slice(start, i), glued: isAlnum(line[i]), spaced: isSpace(line[i]) };
}

const short = (r: Run, max: number) => !r.glued && r.text.length > 0 && r.text.length <= max;

/** The verdict for the spaces `line[from, to)` between two Chinese characters of running text.
 *  `bylineEnd`: where the last spaces judged 'byline' in this line ended (the caller goes left
 *  to right, so a line of many runs is judged in linear time). */
export function judgeSpace(line: string, from: number, to: number, bylineEnd: number): SpaceVerdict {
  const left = runBefore(line, from);
  // A byline: names after a title word, and the short runs that follow them.
  const afterByline = bylineEnd === from - left.text.length;
  if (TITLES.test(left.text) || (afterByline && short(left, BYLINE_RUN_MAX))) return 'byline';
  // A full-width space or several spaces are typed to pad or align: never certain.
  const single = to - from === 1 && line[from] === ' ';
  // Beside a full-width mark: the mark carries its own spacing, and names stay apart.
  if (!isHan(line[from - 1]) || !isHan(line[to]) || !single) return single ? 'certain' : 'uncertain';
  const right = runAfter(line, to);
  const nameLike =
    short(left, 2) ||
    short(right, 2) ||
    (short(left, NAME_MAX) && (short(right, NAME_MAX) || left.spaced)) ||
    (short(right, NAME_MAX) && right.spaced) ||
    SURNAMES.has(right.text[0]) ||
    SURNAMES.has(left.text[left.text.length - 1]);
  return nameLike ? 'uncertain' : 'certain';
}

// The importer's intermediate model: what the stages pass to each other. Every piece of text keeps
// the input line it came from, so warnings and YAML comments can point a person at the spot.
import type { IssueNo } from '../schema/issue-range';

export interface Line {
  /** 1-based line number in the input file. */
  no: number;
  /** The line without its end-of-line characters and trailing spaces. */
  text: string;
}

export type BlockKind = 'paragraph' | 'subheading' | 'caption';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Input line where the block starts. */
  line: number;
}

export interface ImportedArticle {
  title: string;
  /** The 本期要目 line, only when it differs from the title by more than line breaks and spaces. */
  toc?: string;
  section?: string;
  source?: string;
  byline?: string;
  blocks: Block[];
  line: number;
}

export interface ImportedBrief {
  date: string;
  text: string;
  source?: string;
  line: number;
}

/** Something a person should look at; becomes a Diagnostic (code in JB150–JB179) and a YAML comment. */
export interface ImportNote {
  code: NoteCode;
  line: number;
  args: Record<string, string | number>;
}

/** A page-break repair: the paragraph ending on `line` was joined to the one starting on `to`. */
export interface Join {
  line: number;
  to: number;
  /** A few characters either side of the join, `前|后`. */
  at: string;
}

export type NoteCode =
  'JB089' | 'JB152' | 'JB153' | 'JB154' | 'JB155' | 'JB156' | 'JB157' | 'JB158' | 'JB159' | 'JB160' | 'JB161' | 'JB162' | 'JB164';

export interface Masthead {
  name?: string;
  editor?: string;
  mark?: string;
  /** A number, or a 合刊's range as typed (`5-6`). */
  number?: IssueNo;
  total?: IssueNo;
  /** YYYY-MM-DD. */
  date?: string;
}

export interface ImportedIssue {
  shape: 'kexie' | 'zhuankan';
  masthead: Masthead;
  articles: ImportedArticle[];
  briefs: ImportedBrief[];
  joins: Join[];
  notes: ImportNote[];
}

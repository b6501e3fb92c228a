// One contribution as the shape stage leaves it: an article with its text as typed, ready to be
// written as YAML, plus the notes a person should check and the source text it must match.

export interface IntakeNote {
  code:
    | 'JB173'
    | 'JB174'
    | 'JB175'
    | 'JB176'
    | 'JB177'
    | 'JB178'
    | 'JB179'
    | 'JB180'
    | 'JB181'
    | 'JB182'
    | 'JB183'
    | 'JB188'
    | 'JB189'
    | 'JB191'
    | 'JB193'
    | 'JB194'
    | 'JB195'
    | 'JB196'
    | 'JB197'
    | 'JB198'
    | 'JB199'
    | 'JB070'
    | 'JB071'
    | 'JB072'
    | 'JB075'
    | 'JB087'
    | 'JB076'
    | 'JB077'
    | 'JB130'
    | 'JB131'
    | 'JB132'
    | 'JB133'
    | 'JB134'
    | 'JB135'
    | 'JB136'
    | 'JB137'
    | 'JB138'
    | 'JB140'
    | 'JB141'
    | 'JB142'
    | 'JB143'
    | 'JB144'
    | 'JB145'
    | 'JB146'
    | 'JB149'
    | 'JB160'
    | 'JB164';
  /** Source paragraph number (non-empty paragraphs from 1); 0 for the whole file. */
  no: number;
  /** Line in a text file, for file:line:col. */
  line?: number;
  args: Record<string, string | number>;
}

export interface DraftPhoto {
  bytes: Uint8Array;
  ext: string;
}

export interface DraftBlock {
  kind: 'paragraph' | 'heading' | 'photo' | 'row';
  /** The body line as written: `## ` for a heading, `**…**` around bold stretches. */
  line: string;
  /** The source paragraph's own text, which `line` must print as (markup added by intake aside). */
  text?: string;
  no: number;
  /** A table line under the line before it (no blank line between: one table). */
  joined?: boolean;
  /** row: the source row's cell count, which the written line must keep. */
  cells?: number;
  photo?: DraftPhoto;
  caption?: string;
}

export interface ArticleDraft {
  title: string;
  /** The title is the file name, not text from the source. */
  titleInvented?: boolean;
  source?: string;
  /** How the source was typed around the field's text when not as the closing （…）: `来源：` before it. */
  sourceForm?: { before: string; after: string };
  byline?: string;
  blocks: DraftBlock[];
  notes: IntakeNote[];
  /** Every text unit of the source in order: what the YAML must hold, no more, no less. */
  sourceText: string[];
}

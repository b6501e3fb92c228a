// Hanging punctuation in the DOCX: w:overflowPunct is always written on, whatever the template
// says for the PDF. Word and WPS read it as ISO 29500 says (a closing mark may hang past the
// margin; on is also what they do when it is absent), so a mark that no longer fits a line (text
// edited, other fonts) hangs and is still painted. LibreOffice reads it inverted (writerfilter:
// ParaIsHangingPunctuation = `nIntValue == 0`), so on means "never hang" there: a LibreOffice 7.4
// that hangs a mark leaves it out of its page and its PDF (the samples' DOCX with other fonts lost
// 4 marks). Written off, Word would keep marks inside but LibreOffice would hang and lose them.

/** The element the document defaults carry (package-fixups.ts writes them). */
export const OVERFLOW_PUNCT = '<w:overflowPunct w:val="1"/>';

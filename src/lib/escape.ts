// Text and attribute values written into HTML or XML by hand (a template string, not a syntax tree): the one
// escaper, for the build (QR codes, the EPUB's XML, the download sizes) and the search page's script.

/** Text content: & < > as entities. */
export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A double-quoted attribute value: the text's entities and ". */
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

// Test helper: separates the content of DrawingML text boxes (w:txbxContent, where the 报尾 lives)
// from the body, since a body paragraph that anchors a box contains the box's paragraphs.

export function splitTextBoxes(documentXml: string): { body: string; boxes: string[] } {
  const boxes: string[] = [];
  const body = documentXml.replace(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g, (_m, inner: string) => {
    boxes.push(inner);
    return '';
  });
  return { body, boxes };
}

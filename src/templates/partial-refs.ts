// Finds every partial a template file calls, before it runs. Partials come only from the
// template's own partials/ folder (or {{#*inline}} blocks): a name such as ../x or a computed
// {{> (lookup …)}} is refused here, so no template can reach a file outside its folder.
import Handlebars from 'handlebars';

export interface PartialRef {
  /** The name as written, or null when it is computed at run time. */
  name: string | null;
  line: number;
  col: number;
}

/** Every {{> name}} and {{#> name}} of a parsed file, and the names its inline blocks define. */
export function partialRefs(ast: hbs.AST.Program): { refs: PartialRef[]; inline: string[] } {
  const refs: PartialRef[] = [];
  const inline: string[] = [];
  const visitor = new Handlebars.Visitor();
  const record = (node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement) => {
    const name = node.name.type === 'PathExpression' ? (node.name as hbs.AST.PathExpression).original : null;
    refs.push({ name, line: node.loc.start.line, col: node.loc.start.column + 1 });
  };
  const base = { partial: visitor.PartialStatement, block: visitor.PartialBlockStatement, decorator: visitor.DecoratorBlock };
  visitor.PartialStatement = function (node) {
    record(node);
    return base.partial.call(this, node);
  };
  visitor.PartialBlockStatement = function (node) {
    record(node);
    return base.block.call(this, node);
  };
  visitor.DecoratorBlock = function (node) {
    const first = node.params[0];
    if (node.path.original === 'inline' && first?.type === 'StringLiteral') inline.push((first as hbs.AST.StringLiteral).value);
    return base.decorator.call(this, node);
  };
  visitor.accept(ast);
  return { refs, inline };
}

/** A partial name that may be used: a plain name of the partials/ folder or an inline block. */
export function isAllowedPartial(name: string | null, available: ReadonlySet<string>): boolean {
  if (name === null) return false;
  if (name === '@partial-block') return true;
  return /^[\w-]+$/.test(name) && available.has(name);
}

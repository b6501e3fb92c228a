// `node scripts/check-public-apis.js [DIR]`: fails (exit 1) on code in src/ that reaches into a
// dependency's private members (`font._tables`, `obj['_compile']`) or patches a Node built-in
// (`zlib.deflateSync = …`, `Module._load = …`, Object.defineProperty(fs, …)). Any `npm install`
// may bring a patch release that breaks the first; the second changes code that is not ours.
// The TypeScript checker tells where a member is declared: a `_name` declared in our own code is
// ours to use; one declared in node_modules, or not declared at all (reached through a cast), is
// not. Run by test/scripts/check-public-apis.test.ts, so by `npm test` and `npm run test:all`.
'use strict';
const path = require('node:path');
const { builtinModules } = require('node:module');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Calls that change the object given as their first argument. */
const MUTATORS = new Set(['defineProperty', 'defineProperties', 'assign', 'setPrototypeOf']);
const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

function programFor(dir) {
  const configFile = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent({ ...config, include: [path.join(dir, '**/*.ts')] }, ts.sys, ROOT);
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
}

const inNodeModules = (file) => file.split(path.sep).join('/').includes('/node_modules/');

/**
 * Where the member at `node` is declared: 'ours' (a class member or object property in our own
 * code: we made the object), 'dependency' (node_modules), or 'described' (only an interface or
 * type, ours or an ambient `declare module`, that tells the compiler about someone else's object).
 */
function declaredIn(checker, node) {
  const symbol = checker.getSymbolAtLocation(node);
  const decls = symbol?.declarations ?? [];
  if (decls.length === 0) return 'described';
  if (decls.some((d) => inNodeModules(d.getSourceFile().fileName))) return 'dependency';
  const made = (d) => !d.getSourceFile().isDeclarationFile && !ts.isPropertySignature(d) && !ts.isMethodSignature(d);
  return decls.every(made) ? 'ours' : 'described';
}
const WHERE = { dependency: 'declared in node_modules', described: 'reached through a type that describes it' };

/** The identifiers a file binds to Node built-in modules (import x from 'node:zlib', require('fs')…). */
function builtinBindings(source) {
  const names = new Map();
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && BUILTINS.has(node.moduleSpecifier.text)) {
      const clause = node.importClause;
      const mod = node.moduleSpecifier.text;
      if (clause?.name) names.set(clause.name.text, mod);
      if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.set(clause.namedBindings.name.text, mod);
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const el of clause.namedBindings.elements) names.set(el.name.text, mod);
      }
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const ref = node.moduleReference.expression;
      if (ts.isStringLiteral(ref) && BUILTINS.has(ref.text)) names.set(node.name.text, ref.text);
    } else if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name)) {
      const init = node.initializer;
      if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require') {
        const arg = init.arguments[0];
        if (arg && ts.isStringLiteral(arg) && BUILTINS.has(arg.text)) names.set(node.name.text, arg.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The identifier an access chain starts from (`zlib` in `zlib.deflateSync`, `a` in `a.b['c']`). */
function rootOf(expr) {
  let e = expr;
  while (
    ts.isPropertyAccessExpression(e) ||
    ts.isElementAccessExpression(e) ||
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isNonNullExpression(e)
  )
    e = e.expression;
  return ts.isIdentifier(e) ? e.text : null;
}

function findingsIn(source, checker) {
  const found = [];
  const builtins = builtinBindings(source);
  const at = (node, message) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file: path.relative(ROOT, source.fileName).split(path.sep).join('/'), line: line + 1, col: character + 1, message });
  };
  const patched = (target) => {
    const root = rootOf(target);
    return root !== null && builtins.has(root) && target !== undefined && !ts.isIdentifier(target) ? builtins.get(root) : null;
  };
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.text.startsWith('_')) {
      const where = declaredIn(checker, node.name);
      if (where !== 'ours') at(node.name, `private member .${node.name.text} of an object that is not ours (${WHERE[where]})`);
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text.startsWith('_')
    ) {
      const where = declaredIn(checker, node.argumentExpression);
      if (where !== 'ours')
        at(node.argumentExpression, `private member ['${node.argumentExpression.text}'] of an object that is not ours (${WHERE[where]})`);
    } else if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
      const mod = patched(node.left);
      if (mod) at(node.left, `assignment to the Node built-in ${mod}: ${node.left.getText(source)}`);
    } else if (ts.isDeleteExpression(node)) {
      const mod = patched(node.expression);
      if (mod) at(node.expression, `delete on the Node built-in ${mod}: ${node.expression.getText(source)}`);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      rootOf(node.expression) === 'Object' &&
      MUTATORS.has(node.expression.name.text)
    ) {
      const target = node.arguments[0];
      const root = target && rootOf(target);
      if (root && builtins.has(root)) at(target, `Object.${node.expression.name.text} on the Node built-in ${builtins.get(root)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every finding in the .ts files below `dir` (default: src/), sorted by file and position. */
function checkPublicApis(dir = path.join(ROOT, 'src')) {
  const program = programFor(path.resolve(dir));
  const checker = program.getTypeChecker();
  const root = path.resolve(dir);
  return program
    .getSourceFiles()
    .filter((s) => !s.isDeclarationFile && path.resolve(s.fileName).startsWith(root + path.sep))
    .flatMap((s) => findingsIn(s, checker))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

module.exports = { checkPublicApis };

if (require.main === module) {
  const findings = checkPublicApis(process.argv[2]);
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.col}: ${f.message}`);
  console.log(
    findings.length
      ? `check-public-apis: ${findings.length} finding(s)`
      : 'check-public-apis: no private members of dependencies, no patched built-ins',
  );
  process.exitCode = findings.length ? 1 : 0;
}

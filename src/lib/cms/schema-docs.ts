/**
 * Reads the field documentation (the /** ... *\/ comments) out of src/content.config.ts, so the
 * editor shows the same help text as the schema without changing the schemas themselves.
 *
 * Fields are addressed by dotted paths inside a collection, list items being transparent:
 * `locations.municipality`, `openingHours.regular.note`, `sources.title`. A field without its
 * own comment falls back to the comment on the building block it uses (e.g. `postcode`).
 */
import ts from 'typescript';

export type FieldDocs = Map<string, string>;

interface Node {
  doc?: string;
  children: Map<string, Node>;
}

function commentOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const docs = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((text) => text.startsWith('/**'))
    .map((text) =>
      text
        .replace(/^\/\*\*|\*\/$/g, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, '').trim())
        .join(' ')
        .trim(),
    );
  return docs.at(-1) || undefined;
}

export function extractFieldDocs(sourceText: string): Record<string, FieldDocs> {
  const source = ts.createSourceFile('content.config.ts', sourceText, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, { init: ts.Expression; doc?: string }>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const doc = commentOf(statement, source);
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer) declarations.set(d.name.text, { init: d.initializer, doc });
    }
  }

  const merge = (into: Map<string, Node>, from: Map<string, Node>) => {
    for (const [key, node] of from) {
      const known = into.get(key);
      if (!known) into.set(key, node);
      else {
        known.doc ??= node.doc;
        merge(known.children, node.children);
      }
    }
  };

  /** The fields an expression describes (empty for leaves). */
  const fieldsOf = (expr: ts.Expression, seen: Set<string>): Map<string, Node> => {
    const fields = new Map<string, Node>();
    if (ts.isIdentifier(expr)) {
      const declared = declarations.get(expr.text);
      if (declared && !seen.has(expr.text)) merge(fields, fieldsOf(declared.init, new Set([...seen, expr.text])));
    } else if (ts.isObjectLiteralExpression(expr)) {
      for (const property of expr.properties) {
        if (ts.isSpreadAssignment(property)) merge(fields, fieldsOf(property.expression, seen));
        else if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
          const name = property.name.getText(source);
          const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
          fields.set(name, { doc: commentOf(property, source) ?? buildingBlockDoc(value), children: fieldsOf(value, seen) });
        }
      }
    } else if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      const isObject = ts.isPropertyAccessExpression(callee) && /^(strictObject|object)$/.test(callee.name.text) && callee.expression.getText(source) === 'z';
      if (isObject) {
        const shape = expr.arguments[0];
        if (shape) merge(fields, fieldsOf(shape, seen));
      } else {
        if (ts.isPropertyAccessExpression(callee)) merge(fields, fieldsOf(callee.expression, seen));
        // z.array(x), x.optional(): the schema passed in. Options objects and callbacks are not fields.
        for (const arg of expr.arguments) if (ts.isIdentifier(arg) || ts.isCallExpression(arg)) merge(fields, fieldsOf(arg, seen));
      }
    } else if (ts.isPropertyAccessExpression(expr) || ts.isParenthesizedExpression(expr)) {
      merge(fields, fieldsOf(expr.expression, seen));
    }
    return fields;
  };

  /** `postcode.optional()` → the comment on `const postcode`. */
  const buildingBlockDoc = (expr: ts.Expression): string | undefined => {
    let current: ts.Expression = expr;
    while (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) {
      current = ts.isCallExpression(current) ? current.expression : current.expression;
    }
    return ts.isIdentifier(current) && current.text !== 'z' ? declarations.get(current.text)?.doc : undefined;
  };

  const flatten = (nodes: Map<string, Node>, prefix = '', out: FieldDocs = new Map()) => {
    for (const [name, node] of nodes) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (node.doc) out.set(path, node.doc);
      flatten(node.children, path, out);
    }
    return out;
  };

  // `export const schemas = { domains: domainSchema, ... }` names the schema of each collection.
  const result: Record<string, FieldDocs> = {};
  const schemas = declarations.get('schemas')?.init;
  const literal = schemas && ts.isAsExpression(schemas) ? schemas.expression : schemas;
  if (!literal || !ts.isObjectLiteralExpression(literal)) throw new Error('src/content.config.ts has no `export const schemas = { ... }`');
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const collection = property.name.getText(source).replace(/^['"]|['"]$/g, '');
    result[collection] = flatten(fieldsOf(property.initializer, new Set()));
  }
  return result;
}

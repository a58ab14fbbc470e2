// The custom elements manifest (custom-elements.json, https://github.com/webcomponents/custom-elements-manifest)
// of a module, written by its embed build so partner documentation (GET /partners) is generated from
// the components' own JSDoc: @summary, @fires, @cssprop, @csspart, @slot.
//
// The analyzer is called through its API, not its CLI: the CLI always writes a "customElements"
// field into the package.json of the folder it runs in, and a build must not edit sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/** `src/**\/*.ts` of a module, without tests and test fixtures, in a stable order. */
function sourceFiles(dir) {
  const root = join(dir, 'src');
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'testing' ? [] : walk(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  return walk(root).sort();
}

/**
 * The portal's conventions the analyzer does not know:
 * - tag names come from the `HTMLElementTagNameMap` entries beside `defineElement(tag, Class)` (the
 *   analyzer finds only literal `customElements.define` calls);
 * - Lit properties declared `{ state: true }` are internal state, not attributes;
 * - for `dispatchEvent(new SomeEvent(detail))` the analyzer reports no name, or the argument's
 *   identifier as one; only the `@fires` documentation names events, so only documented ones stay.
 */
function portalConventionsPlugin() {
  const tagByClass = new Map();
  const stateByClass = new Map();
  const firesByClass = new Map();
  const isTrue = (node) => node.kind === ts.SyntaxKind.TrueKeyword;
  return {
    name: 'portal-conventions',
    analyzePhase({ node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementTagNameMap') {
        for (const member of node.members) {
          if (
            ts.isPropertySignature(member) &&
            member.name &&
            ts.isStringLiteral(member.name) &&
            member.type &&
            ts.isTypeReferenceNode(member.type)
          ) {
            tagByClass.set(member.type.typeName.getText(), member.name.text);
          }
        }
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const fires = new Set();
        for (const tag of ts.getJSDocTags(node)) {
          if (tag.tagName.text !== 'fires' && tag.tagName.text !== 'event') continue;
          const name = ts.getTextOfJSDocComment(tag.comment)?.trim().split(/\s/)[0];
          if (name) fires.add(name);
        }
        firesByClass.set(node.name.text, fires);
        for (const member of node.members) {
          const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
          if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
          const states = new Set();
          for (const property of member.initializer.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const state = property.initializer.properties.some(
              (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && isTrue(option.initializer),
            );
            if (state) states.add(property.name.getText().replace(/^['"]|['"]$/g, ''));
          }
          stateByClass.set(node.name.text, states);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const tag = tagByClass.get(declaration.name);
          if (tag && !declaration.tagName) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
          const states = stateByClass.get(declaration.name);
          if (states?.size) {
            declaration.attributes = declaration.attributes?.filter((attribute) => !states.has(attribute.fieldName));
            for (const member of declaration.members ?? []) {
              if (!states.has(member.name)) continue;
              member.privacy = 'private';
              delete member.attribute;
            }
          }
          const fires = firesByClass.get(declaration.name) ?? new Set();
          if (declaration.events) declaration.events = declaration.events.filter((event) => fires.has(event.name));
        }
      }
    },
  };
}

/** The manifest of the module in `dir` (its `src/`), as a JSON-ready object. */
export function analyzeCustomElements(dir) {
  const modules = sourceFiles(dir).map((file) =>
    ts.createSourceFile(relative(dir, file).split(sep).join('/'), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: [...litPlugin(), portalConventionsPlugin()], context: { dev: false } });
}

/** Tag name → the element's declaration, for every custom element of a manifest. */
export function customElementDeclarations(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) byTag.set(declaration.tagName, declaration);
    }
  }
  return byTag;
}

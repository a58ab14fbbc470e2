// The portal's architecture rules as an ESLint rule, so a boundary crossed fails `npm test` instead
// of being a sentence in docs/ARCHITECTURE.md. ESLint's own `no-restricted-imports` takes deny-lists
// of specifiers; these rules are allow-lists per room, and relative paths must be judged by where
// they land, so they are one small rule that knows the rooms of the house.
import { dirname, relative, resolve, sep } from 'node:path';

/** The repository's root: this file lives in `config/`. */
const ROOT = resolve(import.meta.dirname, '..');

/** Which room a file is in, by its path from the repository's root. */
export function roomOf(file) {
  const path = relative(ROOT, file).split(sep).join('/');
  let match = /^modules\/ui-kit\/src\//.exec(path);
  if (match) return { kind: 'ui-kit', dir: 'modules/ui-kit', path };
  match = /^modules\/([^/]+)\/src\//.exec(path);
  if (match) return { kind: 'area', area: match[1], dir: `modules/${match[1]}`, path };
  if (path.startsWith('modules/')) return { kind: 'area-config', area: path.split('/')[1], dir: `modules/${path.split('/')[1]}`, path };
  for (const [prefix, kind] of [
    ['shell/', 'shell'],
    ['shared-contracts/', 'contracts'],
    ['mock-backend/', 'backend'],
    ['e2e/', 'e2e'],
  ]) {
    if (path.startsWith(prefix)) return { kind, dir: prefix.slice(0, -1), path };
  }
  return { kind: 'other', dir: '', path };
}

/**
 * Test code: a test file, a fixture folder named `testing/`, the e2e tests' own library (`e2e/lib/`)
 * or the benchmark (`e2e/bench/`, which drives the backend as the tests do). It may use test helpers.
 */
export const isTestCode = (path) =>
  /\.test\.[cm]?[jt]s$/.test(path) || /(^|\/)testing\//.test(path) || /(^|\/)e2e\/(bench|lib)\//.test(path);

const CONTRACTS = /^@portal\/shared-contracts(\/[a-z-]+)?$/;
const KIT_ENTRIES = /^@portal\/ui-kit\/(page|form|styles)$/;
const KIT_TESTING = '@portal/ui-kit/testing';
const TEST_TOOLS = /^(@open-wc\/testing|@web\/test-runner-commands|node:.*)$/;

/** What a room's code may import by package name; undefined: any package. */
const PACKAGES = {
  area: (spec, test) =>
    spec === 'lit' || CONTRACTS.test(spec) || KIT_ENTRIES.test(spec) || (test && (spec === KIT_TESTING || TEST_TOOLS.test(spec))),
  'ui-kit': (spec, test) => spec === 'lit' || CONTRACTS.test(spec) || (test && TEST_TOOLS.test(spec)),
  contracts: (spec, test) => spec === 'valibot' || spec === 'rxjs' || (test && TEST_TOOLS.test(spec)),
};

const WHY = {
  area: 'a module imports only lit, @portal/shared-contracts and the ui-kit entries (page, form, styles; testing in tests)',
  'ui-kit': 'the ui-kit imports only lit and @portal/shared-contracts',
  contracts: 'the contracts import only valibot and rxjs: they are shared by shell, modules and backend',
};

/** A backend router: only the app wires routers; everything else uses services. */
const isRouter = (path) => /^mock-backend\/src\//.test(path) && /(^|[/-])router\.[jt]s$/.test(path);

function problem(from, to, spec) {
  const test = isTestCode(from.path);
  if (!spec.startsWith('.')) {
    const allowed = PACKAGES[from.kind];
    if (allowed && !allowed(spec, test)) return `'${spec}' is not allowed here: ${WHY[from.kind]}.`;
    if (/^@portal\/ui-kit\//.test(spec) && !KIT_ENTRIES.test(spec) && !(test && spec === KIT_TESTING)) {
      return `'${spec}' is not a ui-kit entry: import @portal/ui-kit/page, /form or /styles (/testing only in tests).`;
    }
    if (/^@portal\/(module-|shell$)/.test(spec)) return `'${spec}': nothing imports the shell or a module; share through the contracts.`;
    return undefined;
  }
  if (!to) return undefined;
  if ((from.kind === 'area' || from.kind === 'ui-kit') && !to.path.startsWith(`${from.dir}/`)) {
    return `'${spec}' leaves ${from.dir}: a module imports other code only through packages (contracts, ui-kit entries).`;
  }
  if (to.kind === 'shell' && from.kind !== 'shell') return `'${spec}': nothing imports the shell.`;
  if (to.kind === 'area' && from.kind !== 'area' && from.kind !== 'area-config') return `'${spec}': nothing imports a module's code.`;
  if (from.kind === 'contracts' && to.kind !== 'contracts') return `'${spec}' leaves the contracts.`;
  if (/(^|\/)testing\//.test(to.path) && !test) return `'${spec}' is test code: import it only from tests.`;
  if (isRouter(to.path) && !(from.path === 'mock-backend/src/app.ts' || /\.test\.ts$/.test(from.path))) {
    return `'${spec}' is a router: only app.ts wires routers; use the area's service instead.`;
  }
  return undefined;
}

const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "The portal's import rules: what each room of the house may import." },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const from = roomOf(file);
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      const to = spec.startsWith('.') ? roomOf(resolve(dirname(file), spec)) : undefined;
      const message = problem(from, to, spec);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default {
  meta: { name: 'eslint-plugin-portal' },
  rules: { 'import-boundaries': importBoundaries },
};

/*
 * The shipped code's shape, checked on its source: no function longer than a screen, and every
 * import pointing down the layers (node → actions → helpers, transport → schema → messages,
 * errors), so a module can be read without the ones above it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve, dirname } from 'path';
import * as ts from 'typescript';

const NODE_DIR = resolve(__dirname, '../../nodes/GongEngagement');
const MAX_FUNCTION_LINES = 60;

/** Lower number = lower layer; an import may point to the same layer or a lower one. */
function layerOf(file: string): number {
	const top = relative(NODE_DIR, file).split('/')[0].replace(/\.ts$/, '');
	return LAYERS[top] ?? LAYERS.node;
}

const LAYERS: Record<string, number> = {
	messages: 0,
	errors: 0,
	schema: 1,
	helpers: 2,
	transport: 2,
	methods: 3,
	actions: 3,
	node: 4,
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

const files = sourceFiles(NODE_DIR).map((file) => ({
	file,
	source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
}));

const lineOf = (source: ts.SourceFile, position: number) =>
	source.getLineAndCharacterOfPosition(position).line + 1;

function longFunctions(source: ts.SourceFile): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const lines = lineOf(source, node.getEnd()) - lineOf(source, node.getStart()) + 1;
			if (lines > MAX_FUNCTION_LINES)
				found.push(
					`${relative(NODE_DIR, source.fileName)}:${lineOf(source, node.getStart())} (${lines} lines)`,
				);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

function upwardImports(file: string, source: ts.SourceFile): string[] {
	return source.statements
		.filter(
			(statement): statement is ts.ImportDeclaration | ts.ExportDeclaration =>
				(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
				statement.moduleSpecifier !== undefined &&
				ts.isStringLiteral(statement.moduleSpecifier),
		)
		.map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text)
		.filter((specifier) => specifier.startsWith('.'))
		.filter((specifier) => layerOf(resolve(dirname(file), specifier)) > layerOf(file))
		.map((specifier) => `${relative(NODE_DIR, file)} imports ${specifier}`);
}

describe('the shipped code reads top-down', () => {
	it(`has no function longer than ${MAX_FUNCTION_LINES} lines`, () => {
		expect(files.flatMap(({ source }) => longFunctions(source))).toEqual([]);
	});

	it('imports only from its own layer or the layers below it', () => {
		expect(files.flatMap(({ file, source }) => upwardImports(file, source))).toEqual([]);
	});

	it('finds the functions and imports it checks (a broken walk would pass anything)', () => {
		const functions = files.reduce(
			(count, { source }) => count + source.statements.filter(ts.isFunctionDeclaration).length,
			0,
		);
		expect(files.length).toBeGreaterThan(20);
		expect(functions).toBeGreaterThan(20);
	});
});

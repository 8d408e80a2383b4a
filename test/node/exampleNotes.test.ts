import { readdirSync, readFileSync } from 'fs';
import path from 'path';

/*
 * The examples' sticky notes show their sample JSON whole: n8n cuts a code line wider than the
 * note. Estimated conservatively: at most 8 px per monospace character at the note's font size,
 * and 64 px for the note's and the code block's padding.
 */

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const CHARACTER_WIDTH = 8;
const PADDING = 64;

interface StickyNote {
	name: string;
	type: string;
	parameters: { content?: string; width?: number };
}

const notes = readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) =>
		(JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as { nodes: StickyNote[] }).nodes
			.filter((node) => node.type === 'n8n-nodes-base.stickyNote')
			.map((node) => [`${file} ${node.name}`, node] as const),
	);

const codeLines = (content: string) => {
	let inBlock = false;
	return content.split('\n').filter((line) => {
		if (line.startsWith('```')) {
			inBlock = !inBlock;
			return false;
		}
		return inBlock;
	});
};

test('the examples have sticky notes', () => {
	expect(notes.length).toBeGreaterThan(0);
});

test.each(notes)('%s: every code line fits the note', (_, note) => {
	const width = note.parameters.width ?? 240;
	for (const line of codeLines(note.parameters.content ?? '')) {
		expect({ line, fits: line.length * CHARACTER_WIDTH + PADDING <= width }).toEqual({
			line,
			fits: true,
		});
	}
});

import type { INodeProperties } from 'n8n-workflow';

import { GongEngagementOAuth2Api } from '../../credentials/GongEngagementOAuth2Api.credentials';
import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';
import { searchWorkspaces } from '../../nodes/GongEngagement/methods/listSearch';
import {
	accessKeyCredentials,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';
import { loadOptionsContext } from '../harness/runWorkflow';
import { interaction, outcomes, runJsonEvents } from './readmeRuns';

/* The credentials and the Workspace field: the OAuth2 scope, the picker's advice, what is sent. */

const state = useSandbox();

test('the OAuth2 credential requests api:engagement-data:write api:digital-interactions:write api:workspaces:read, client sent as HTTP Basic', () => {
	const byName = Object.fromEntries(
		new GongEngagementOAuth2Api().properties.map((property) => [property.name, property.default]),
	);
	expect(byName.scope).toBe(
		'api:engagement-data:write api:digital-interactions:write api:workspaces:read',
	);
	expect(byName.authentication).toBe('header');
});

test('a missing workspace scope in the picker says "Listing workspaces needs the scope api:workspaces:read; you can still enter the ID"', async () => {
	state.sandbox.answerNext({
		status: 403,
		body: { requestId: 'r-403', errors: ['Token lacks the scope'] },
	});
	const context = loadOptionsContext(
		{ parameters: {}, credentials: accessKeyCredentials(state.sandbox) },
		'parameters.additionalFields.workspaceId',
	);
	const failure = await searchWorkspaces.call(context).then(
		() => undefined,
		(error: Error & { description?: string }) => error,
	);
	expect(failure?.description).toContain(
		'Listing workspaces needs the scope api:workspaces:read; you can still enter the ID',
	);
});

describe('Workspace: From List or By ID; empty lets Gong pick', () => {
	test.each([
		['From List, left empty (the form default)', { mode: 'list', value: '' }, undefined],
		[
			'From List, picked',
			{ __rl: true, mode: 'list', value: '623457276584334' },
			'623457276584334',
		],
		['By ID', { __rl: true, mode: 'id', value: '623457276584334' }, '623457276584334'],
	])('%s', async (_case, workspaceId, sent) => {
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, additionalFields: { workspaceId } },
			items: [viewItem(0)],
		});
		expect(run.error).toBeUndefined();
		expect(state.sandbox.received[0].body.workspaceId).toBe(sent);
	});

	test('By ID that is not numeric (from an expression the editor does not check) is refused before sending', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				additionalFields: { workspaceId: { __rl: true, mode: 'id', value: '={{ "Sales" }}' } },
			},
			items: [viewItem(0)],
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toMatch(/^item 0: .*\(workspaceId\)$/);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});
});

describe('Digital Interaction has no workspace field', () => {
	/** Every property name the form can show for an operation, nested collections included. */
	function namesShownFor(operation: string, properties: INodeProperties[]): string[] {
		return properties
			.filter((property) => {
				const shown = property.displayOptions?.show?.operation;
				return !shown || shown.includes(operation);
			})
			.flatMap((property) => [
				property.name,
				...((property.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>)
					.filter((option) => 'name' in option && ('type' in option || 'values' in option))
					.flatMap((option) => [option.name, ...(option.values ?? []).map((value) => value.name)]),
			]);
	}

	test('the form shows none, and JSON mode refuses one', async () => {
		const { properties } = new GongEngagement().description;
		expect(namesShownFor('contentViewed', properties)).toContain('workspaceId');
		expect(namesShownFor('digitalInteraction', properties)).not.toContain('workspaceId');
		const [outcome] = outcomes(
			await runJsonEvents(state, 'digitalInteraction', [
				interaction({ workspaceId: '623457276584334' }),
			]),
		);
		expect(outcome).toBe(
			'item 0: "workspaceId" is not a field Gong accepts here (Digital Interaction has no workspaceId)',
		);
	});
});

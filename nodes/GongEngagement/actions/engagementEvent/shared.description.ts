import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	AGENT_PLATFORMS,
	CRM_SYSTEMS,
	CUSTOM_FIELD_DATA_TYPES,
	PROPERTY_DATA_TYPES,
} from '../../schema/vocabulary';

/* UI pieces every engagement event uses; their option lists come from the schema's vocabulary. */

const asOptions = (values: readonly string[]): INodePropertyOptions[] =>
	[...values].sort((a, b) => a.localeCompare(b)).map((value) => ({ name: value, value }));

const CRM_SYSTEM_NAMES: Record<string, string> = { MicrosoftDynamic: 'Microsoft Dynamics' };

export const crmSystemOptions: INodePropertyOptions[] = [...CRM_SYSTEMS]
	.sort((a, b) => a.localeCompare(b))
	.map((value) => ({ name: CRM_SYSTEM_NAMES[value] ?? value, value }));

export const agentPlatformOptions = asOptions(AGENT_PLATFORMS);

const DATA_TYPE_NAMES: Record<string, string> = {
	date: 'Date',
	number: 'Number',
	string: 'String',
	url: 'URL',
};

export const dataTypeOptions: INodePropertyOptions[] = PROPERTY_DATA_TYPES.map((value) => ({
	name: DATA_TYPE_NAMES[value],
	value,
}));

/** One CRM record: system, object type and id (plus optional fields for crmContext). */
export function crmLinkValues(
	objectTypes: readonly string[],
	defaultObjectType: string,
	withFields: boolean,
): INodeProperties[] {
	const values: INodeProperties[] = [
		{
			displayName: 'System',
			name: 'system',
			type: 'options',
			options: crmSystemOptions,
			default: 'Salesforce',
			description: 'Gong documents only Salesforce and Generic as supported today',
		},
		{
			displayName: 'Object Type',
			name: 'objectType',
			type: 'options',
			options: asOptions(objectTypes),
			default: defaultObjectType,
		},
		{
			displayName: 'Object ID',
			name: 'objectId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0013601230sV7grAAC',
			description: "The record's ID in that system (Salesforce: the 15- or 18-character form)",
		},
	];
	if (withFields) {
		values.push({
			displayName: 'Fields',
			name: 'fields',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Record Field',
			description: 'Record fields, e.g. Name or StageName (Gong: "intended for future use")',
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		});
	}
	return values;
}

/** Rows of name, value and data type: Gong's properties and Digital Interactions' custom fields. */
function typedValueRows(
	name: string,
	displayName: string,
	description: string,
	row: { label: string; valueDescription: string; dataType: INodeProperties; addLabel: string },
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: row.addLabel,
		description,
		options: [
			{
				displayName: row.label,
				name: row.label === 'Property' ? 'property' : 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: row.valueDescription,
					},
					row.dataType,
				],
			},
		],
	};
}

export function propertiesParameter(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return typedValueRows(name, displayName, description, {
		label: 'Property',
		addLabel: 'Add Property',
		valueDescription:
			'Checked against the data type: a number, an ISO-8601 date or an absolute URL',
		dataType: {
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: dataTypeOptions,
			default: 'string',
		},
	});
}

/** A person's CRM records, grouped by Gong into the person's `context`. */
export function crmLinksParameter(
	name: string,
	displayName: string,
	objectTypes: readonly string[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add CRM Link',
		options: [
			{ displayName: 'Link', name: 'link', values: crmLinkValues(objectTypes, 'Contact', false) },
		],
	};
}

/** Email, name and title of a person: a viewer, an actor or a participant. */
export function personDetailValues(): INodeProperties[] {
	return [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description:
				'Gong matches the person to a CRM contact by email, then to an account by its domain',
		},
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'e.g. VP Procurement',
		},
	];
}

/** Email, name, title and CRM links of a person in a list row (participant, recipient). */
export function personValues(objectTypes: readonly string[]): INodeProperties[] {
	return [...personDetailValues(), crmLinksParameter('crmLinks', 'CRM Links', objectTypes)];
}

const CUSTOM_FIELD_TYPE_NAMES: Record<string, string> = {
	BOOLEAN: 'Boolean',
	DATE: 'Date',
	DURATION: 'Duration (Seconds)',
	NUMBER: 'Number',
	STRING: 'String',
	URL: 'URL',
};

/** Digital Interactions custom fields: name, value, and an upper-case data type. */
export function customFieldsParameter(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return typedValueRows(name, displayName, description, {
		label: 'Field',
		addLabel: 'Add Custom Field',
		valueDescription:
			'Checked against the data type: a number, an ISO-8601 date, a URL, true/false, or seconds',
		dataType: {
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: CUSTOM_FIELD_DATA_TYPES.map((value) => ({
				name: CUSTOM_FIELD_TYPE_NAMES[value],
				value,
			})),
			default: 'STRING',
		},
	});
}

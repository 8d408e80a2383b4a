import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { readCommittedContract } from './gongContract';

/*
 * Gong's contract (gong-contract.json: the structure of Gong's own OpenAPI document, its known
 * errors corrected; see gongContract.ts), compiled into JSON Schema validators. The sandbox checks bodies with these — not with the package's zod schema — so the
 * tests compare the package against Gong's contract rather than against itself.
 */

export type SpecValidator = ValidateFunction;

export function loadSpecValidators() {
	const spec = readCommittedContract();
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	// ajv-formats takes any whole number as int64; Gong's parser stops at a signed 64-bit long.
	ajv.addFormat('int64', {
		type: 'number',
		validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63,
	});
	ajv.addSchema(spec, 'gong');
	const schemaFor = (name: string) => {
		const validate = ajv.getSchema(`gong#/components/schemas/${name}`);
		if (!validate) throw new Error(`Gong's spec has no schema ${name}`);
		return validate;
	};
	return {
		spec,
		contentViewed: schemaFor('ContentViewedEvent'),
		contentShared: schemaFor('ContentSharedEvent'),
		customAction: schemaFor('CustomActionEvent'),
		digitalInteraction: schemaFor('DigitalInteractionRequest'),
	};
}

/** Ajv's errors in Gong's style: "viewer.context[0].system: must be equal to one of ...". */
export function specErrors(validate: ValidateFunction): string[] {
	return (validate.errors ?? []).map((error) => {
		const where = error.instancePath
			.split('/')
			.filter(Boolean)
			.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
			.join('')
			.replace(/^\./, '');
		const missing =
			error.keyword === 'required'
				? (error.params as { missingProperty: string }).missingProperty
				: '';
		if (missing) return `${where ? `${where}.` : ''}${missing}: is required`;
		const allowed =
			error.keyword === 'enum'
				? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
				: '';
		return `${where || 'body'}: ${error.message ?? 'is invalid'}${allowed}`;
	});
}

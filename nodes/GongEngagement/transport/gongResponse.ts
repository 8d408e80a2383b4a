export interface GongHttpResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	bodyText: string;
}

export interface GongResponseBody {
	requestId?: string;
	/** Gong's int64 integration id, kept as the exact decimal digits it sent. */
	integrationId?: string;
	errors?: string[];
	[key: string]: unknown;
}

/**
 * Parses Gong's JSON without losing integer digits: integrationId is an int64 and JSON.parse
 * would round anything past 2^53, so its digits are quoted before parsing.
 */
export function parseGongBody(bodyText: string): GongResponseBody {
	if (bodyText.trim() === '') return {};
	const quoted = bodyText.replace(/("integrationId"\s*:\s*)(-?\d+)(?=\s*[,}])/g, '$1"$2"');
	try {
		const parsed: unknown = JSON.parse(quoted);
		if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
			const body = parsed as GongResponseBody;
			if (body.errors !== undefined && !Array.isArray(body.errors))
				body.errors = [String(body.errors)];
			return body;
		}
	} catch {
		// Not JSON (a proxy's HTML page, say): the text itself is the error.
	}
	return { errors: [bodyText.slice(0, 500)] };
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted)
			return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

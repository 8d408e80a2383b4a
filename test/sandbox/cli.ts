import { GongSandbox } from './server';

/* `npm run sandbox`: the Gong sandbox as a standalone process. Settings come from the environment. */
const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
	const sandbox = await new GongSandbox({
		port: numberFrom('SANDBOX_PORT', 4010),
		callsPerSecond: numberFrom('SANDBOX_CALLS_PER_SECOND', 3),
		callsPerDay: numberFrom('SANDBOX_CALLS_PER_DAY', 10_000),
		accessKey: process.env.SANDBOX_ACCESS_KEY ?? 'sandbox-access-key',
		accessKeySecret: process.env.SANDBOX_ACCESS_KEY_SECRET ?? 'sandbox-access-key-secret',
	}).start();
	process.stdout.write(`Gong sandbox listening on ${sandbox.url}\n`);
	const stop = () => void sandbox.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();

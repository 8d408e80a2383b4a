/*
 * The sandbox's timeline page: received events the way Gong's activity timeline shows them —
 * newest first, grouped by deal or account (from crmContext, else the viewer's email domain) —
 * and, apart, the requests Gong would have rejected, with their Gong-style error bodies.
 * Plain HTML and DOM calls: every value from an event is set as text, never as markup.
 */
export const TIMELINE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gong sandbox — activity timeline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
	:root { --ink: #1b1530; --muted: #6b6485; --line: #e6e1f2; --brand: #8039df; --bad: #c2364b; }
	* { box-sizing: border-box; }
	body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f7f5fb; }
	header { padding: 16px 28px; background: var(--brand); color: #fff; display: flex; align-items: baseline; gap: 16px; }
	header h1 { margin: 0; font-size: 18px; }
	header span { opacity: .85; font-size: 13px; }
	main { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; padding: 24px 28px; }
	h2 { font-size: 15px; margin: 0 0 12px; }
	.group { background: #fff; border: 1px solid var(--line); border-radius: 10px; margin-bottom: 18px; }
	.group > h3 { margin: 0; padding: 10px 16px; font-size: 14px; border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; }
	.group > h3 small { color: var(--muted); font-weight: normal; }
	.event { padding: 12px 16px; border-bottom: 1px solid var(--line); }
	.event:last-child { border-bottom: 0; }
	.event .title a { color: var(--brand); font-weight: 600; text-decoration: none; }
	.event .meta { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
	.kind { display: inline-block; font-size: 11px; padding: 1px 7px; border-radius: 9px; background: #efe7fd; color: var(--brand); margin-right: 6px; }
	.props { margin: 6px 0 0; padding: 0; list-style: none; font-size: 12.5px; }
	.props li { display: inline-block; margin: 2px 8px 2px 0; padding: 1px 7px; background: #f3f1f8; border-radius: 6px; }
	.rejected { background: #fff; border: 1px solid #f1d3d8; border-radius: 10px; padding: 10px 14px; margin-bottom: 10px; }
	.rejected .status { color: var(--bad); font-weight: 600; }
	.rejected pre { white-space: pre-wrap; word-break: break-word; background: #fbf6f7; padding: 8px; border-radius: 6px; font-size: 12px; margin: 6px 0 0; }
	.empty { color: var(--muted); font-style: italic; }
</style>
</head>
<body>
<header><h1>Gong sandbox — activity timeline</h1><span id="summary">loading…</span></header>
<main>
	<section><h2>Timeline</h2><div id="timeline"></div></section>
	<section><h2>Rejected requests</h2><div id="rejected"></div></section>
</main>
<script>
const KIND = { viewed: 'Content Viewed', shared: 'Content Shared', action: 'Custom Action', digitalInteraction: 'Digital Interaction' };
const el = (tag, props = {}, ...children) => {
	const node = document.createElement(tag);
	Object.assign(node, props);
	for (const child of children) node.append(child);
	return node;
};
const safeUrl = (value) => (typeof value === 'string' && /^https?:\\/\\//i.test(value) ? value : undefined);
function person(body) {
	return body.viewer || body.actor || (body.person ? { email: body.person.email, name: body.person.name } : undefined) || body.sharer;
}
function groupOf(body) {
	for (const context of body.crmContext || []) {
		const objects = context.objects || [];
		const deal = objects.find((o) => o.objectType === 'Opportunity');
		if (deal) return { key: 'deal:' + deal.objectId, label: 'Deal ' + deal.objectId, sub: context.system };
		const account = objects.find((o) => o.objectType === 'Account');
		if (account) return { key: 'account:' + account.objectId, label: 'Account ' + account.objectId, sub: context.system };
	}
	const email = (person(body) || {}).email;
	if (email && email.includes('@')) {
		const domain = email.split('@')[1].toLowerCase();
		return { key: 'domain:' + domain, label: domain, sub: 'matched by email domain' };
	}
	return { key: 'none', label: 'No account', sub: 'no CRM context or email: Gong could not place these' };
}
function eventCard(entry) {
	const body = entry.body;
	const who = person(body);
	const title = body.contentTitle || body.actionName || (body.content && body.content.title) || '(no title)';
	const href = safeUrl(body.contentUrl || (body.content && body.content.url));
	const action = body.viewActionTitle || body.actionName || body.eventType || KIND[entry.kind];
	const when = body.eventTimestamp || body.timestamp || entry.receivedAt;
	const card = el('div', { className: 'event' });
	card.dataset.eventId = body.eventId || '';
	const heading = el('div', { className: 'title' }, el('span', { className: 'kind', textContent: KIND[entry.kind] || entry.kind }));
	heading.append(href ? el('a', { href, textContent: title, target: '_blank', rel: 'noopener noreferrer' }) : el('span', { textContent: title }));
	card.append(heading);
	const viewer = who ? [who.name, who.email].filter(Boolean).join(' · ') : body.trackingId ? 'tracking ID ' + body.trackingId : 'unknown person';
	card.append(el('div', { className: 'meta', textContent: action + ' — ' + viewer + ' — ' + new Date(when).toLocaleString() }));
	const props = [...(body.contentProperties || []), ...(body.eventProperties || [])];
	if (props.length) {
		const list = el('ul', { className: 'props' });
		for (const p of props) list.append(el('li', { textContent: p.name + ': ' + p.value }));
		card.append(list);
	}
	return card;
}
function render(data) {
	const received = [...data.received].sort((a, b) => String(b.body.eventTimestamp || b.receivedAt).localeCompare(String(a.body.eventTimestamp || a.receivedAt)));
	const groups = new Map();
	for (const entry of received) {
		const group = groupOf(entry.body);
		if (!groups.has(group.key)) groups.set(group.key, { ...group, entries: [] });
		groups.get(group.key).entries.push(entry);
	}
	const timeline = document.getElementById('timeline');
	timeline.replaceChildren();
	if (groups.size === 0) timeline.append(el('p', { className: 'empty', textContent: 'No events yet. Run a workflow that reports to this sandbox.' }));
	for (const group of groups.values()) {
		const box = el('div', { className: 'group' });
		box.dataset.group = group.key;
		box.append(el('h3', {}, el('span', { textContent: group.label }), el('small', { textContent: group.sub + ' · ' + group.entries.length + ' event(s)' })));
		for (const entry of group.entries) box.append(eventCard(entry));
		timeline.append(box);
	}
	const rejected = document.getElementById('rejected');
	rejected.replaceChildren();
	if (data.rejected.length === 0) rejected.append(el('p', { className: 'empty', textContent: 'None.' }));
	for (const entry of [...data.rejected].reverse()) {
		const box = el('div', { className: 'rejected' });
		box.append(el('div', {}, el('span', { className: 'status', textContent: String(entry.status) }), ' ' + entry.method + ' ' + entry.path + ' — ' + new Date(entry.receivedAt).toLocaleString()));
		box.append(el('pre', { textContent: JSON.stringify({ requestId: entry.requestId, errors: entry.errors }, null, 2) }));
		rejected.append(box);
	}
	document.getElementById('summary').textContent = data.received.length + ' event(s) received, ' + data.rejected.length + ' rejected · refreshes every 2 s';
}
async function refresh() {
	try {
		const response = await fetch('/__sandbox/events', { cache: 'no-store' });
		render(await response.json());
	} catch (error) {
		document.getElementById('summary').textContent = 'sandbox unreachable: ' + error.message;
	}
}
refresh();
setInterval(refresh, 2000);
</script>
</body>
</html>
`;

// The English catalogue, merged from one file per area so that areas can be translated
// independently. Keys are the Vietnamese source strings.
import common from './common';
import domain from './domain';
import lifecycle from './lifecycle';
import cell from './cell';
import committee from './committee';
import inspector from './inspector';
import dashboard from './dashboard';
import tree from './tree';
import imports from './imports';
import users from './users';
import programmes from './programmes';
import exports from './exports';
import reminders from './reminders';

export const EN: Record<string, string> = {
	...common,
	...domain,
	...lifecycle,
	...cell,
	...committee,
	...inspector,
	...dashboard,
	...tree,
	...imports,
	...users,
	...programmes,
	...exports,
	...reminders
};

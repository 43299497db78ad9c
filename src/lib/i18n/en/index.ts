// The English catalogue, merged from one file per area so that areas can be translated
// independently. Keys are the Vietnamese source strings.
import common from './common';
import tree from './tree';
import imports from './imports';
import users from './users';
import programmes from './programmes';
import exports from './exports';
import reminders from './reminders';

export const EN: Record<string, string> = {
	...common,
	...tree,
	...imports,
	...users,
	...programmes,
	...exports,
	...reminders
};

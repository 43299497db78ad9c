// The two actions of a cell form that ends in SUBMIT: "save" keeps it, "submit" saves then sends.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { message, type SuperValidated } from 'sveltekit-superforms';
import { submitFile } from './workspace';

type Saver = (event: RequestEvent) => Promise<{ form: SuperValidated<Record<string, unknown>>; saved: boolean }>;

export function saveAndSubmitActions(save: Saver, texts: { saved: string; sent: string; notSent: string }) {
	return {
		save: async (event: RequestEvent) => {
			const { form, saved } = await save(event);
			if (!saved) return fail(400, { form });
			return message(form, { ok: true, text: texts.saved });
		},
		submit: async (event: RequestEvent) => {
			const { form, saved } = await save(event);
			if (!saved) return fail(400, { form });
			const refused = await submitFile(event.locals.pb, event.params.id!);
			if (refused) return message(form, { ok: false, text: `${texts.notSent}: ${refused}` }, { status: 400 });
			return message(form, { ok: true, text: texts.sent });
		}
	};
}

import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { newRegistrationSchema } from '$lib/domain/forms/registration';
import { parseProgrammeConfig } from '$lib/domain/programme-config';
import { groupCriteria } from '$lib/domain/scoring';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { checkEmphasis, registrationBody } from '$lib/server/cell/registration';
import { criteriaFor } from '$lib/server/cell/workspace';
import { cellEnrollments, openProgrammes } from '$lib/server/enrollments';
import type { Actions, PageServerLoad } from './$types';

/** Programmes the cell may still join: open, owned above it (the API rule checks), one per year. */
async function choices(locals: App.Locals) {
	const user = locals.user!;
	if (user.role !== 'secretary') error(403, 'Chỉ bí thư chi bộ đăng ký chương trình cho chi bộ.');
	const [programmes, mine] = await Promise.all([openProgrammes(locals.pb), cellEnrollments(locals.pb, user.unit.id)]);
	const years = new Set(mine.map((e) => e.year));
	const ancestors = user.unit.path;
	return {
		user,
		mine,
		programmes: programmes
			.filter((p) => ancestors.includes(`/${p.owner}/`) && !years.has(p.year))
			.map((p) => ({ id: p.id, name: p.name, year: p.year as number, owner: (p.expand?.owner?.name as string) ?? '', config: p.config }))
	};
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, mine, programmes } = await choices(locals);
	const chosen = programmes.find((p) => p.id === url.searchParams.get('programme')) ?? (programmes.length === 1 ? programmes[0] : undefined);
	const criteria = chosen ? await criteriaFor(locals.pb, chosen.id, user.unit.cellType) : [];
	const form = await superValidate(
		{ programme: chosen?.id ?? '', contactName: user.name, emphasis: [] as string[] },
		zod4(newRegistrationSchema),
		{ errors: false }
	);
	return {
		cell: { name: user.unit.name, cellType: user.unit.cellType },
		mine: mine.map((e) => ({ id: e.id, programmeName: e.programmeName, year: e.year, state: e.state })),
		programmes: programmes.map(({ config: _config, ...p }) => p),
		chosen: chosen ? { id: chosen.id, name: chosen.name, year: chosen.year, owner: chosen.owner } : null,
		groups: chosen ? groupCriteria(criteria, parseProgrammeConfig(chosen.config ?? {}).groups) : [],
		form
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await superValidate(request, zod4(newRegistrationSchema));
		if (!form.valid) return fail(400, { form });
		const { user, programmes } = await choices(locals);
		if (!programmes.some((p) => p.id === form.data.programme)) {
			return message(form, { ok: false, text: 'Chương trình này không nhận đăng ký của chi bộ, hoặc chi bộ đã đăng ký chương trình năm nay.' }, { status: 400 });
		}
		const criteria = await criteriaFor(locals.pb, form.data.programme, user.unit.cellType);
		if (!checkEmphasis(form, criteria.map((c) => c.code))) return fail(400, { form });
		let id: string;
		try {
			const created = await locals.pb
				.collection('enrollments')
				.create({ cell: user.unit.id, programme: form.data.programme, ...registrationBody(form.data) });
			id = created.id;
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err, 'Không tạo được bản đăng ký. Vui lòng thử lại.') }, { status: 400 });
			return fail(400, { form });
		}
		redirect(303, `/enrollments/${id}/registration`);
	}
};

import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { unitCreateSchema, unitEditSchema, unitMoveSchema } from '$lib/domain/forms/unit';
import { childKindsOf, editScopeError, moveError } from '$lib/domain/tree-admin';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { childrenOf, createUnit, descendantCount, searchUnits, trail, unitInScope, updateUnit } from '$lib/server/tree/units';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireOfficer } from '$lib/server/guards';

// /units?u=<unit>&q=<search>&dest=<search for a new parent>: one unit of the officer's subtree
// with its children (loaded one level at a time), breadcrumbs up to the officer's own unit, and
// the forms to add a child, edit it and move it. /api/tree/units decides; this page only asks.

function officer(locals: App.Locals) {
	const user = requireOfficer(locals);
	return user;
}

async function current(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const me = officer(event.locals);
	const id = event.url.searchParams.get('u') || me.unit.id;
	const unit = await unitInScope(event.locals.pb, me.unit.path, id);
	if (!unit) error(404, 'Không tìm thấy đơn vị trong phạm vi bạn quản lý.');
	return { me, unit };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { me, unit } = await current({ locals, url });
	const q = (url.searchParams.get('q') ?? '').trim();
	const dest = (url.searchParams.get('dest') ?? '').trim();
	const editable = !editScopeError(unit.path, me.unit.path);
	const [crumbs, children, found, destinations] = await Promise.all([
		trail(locals.pb, me.unit.path, unit),
		childrenOf(locals.pb, unit.id),
		searchUnits(locals.pb, me.unit.path, q),
		editable && dest ? searchUnits(locals.pb, me.unit.path, dest, { holding: unit.kind, outside: unit.path }) : Promise.resolve([])
	]);
	const kinds = childKindsOf(unit.kind);
	return {
		unit,
		crumbs,
		children: children.items,
		moreChildren: children.more,
		q,
		found,
		dest,
		destinations: destinations.filter((d) => d.id !== unit.parent),
		editable,
		kinds,
		addForm: await superValidate({ kind: kinds[0] }, zod4(unitCreateSchema), { errors: false, id: 'add' }),
		editForm: await superValidate(
			{ name: unit.name, code: unit.code, cellType: unit.cellType as never, isGrassroots: unit.isGrassroots },
			zod4(unitEditSchema),
			{ errors: false, id: 'edit' }
		),
		moveForm: await superValidate(zod4(unitMoveSchema), { id: 'move' })
	};
};

export const actions: Actions = {
	add: async ({ request, locals, url }) => {
		const { unit } = await current({ locals, url });
		const form = await superValidate(request, zod4(unitCreateSchema), { id: 'add' });
		if (!form.valid) return fail(400, { addForm: form });
		try {
			const { cellType, isGrassroots, ...rest } = form.data;
			const cell = rest.kind === 'cell';
			await createUnit(locals.pb, { ...rest, parent: unit.id, cellType: cell ? cellType : '', isGrassroots: cell && isGrassroots });
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err, 'Không thêm được đơn vị. Vui lòng thử lại.') }, { status: 400 });
			return fail(400, { addForm: form });
		}
		return message(form, { ok: true, text: `Đã thêm ${form.data.name}.` });
	},

	edit: async ({ request, locals, url }) => {
		const { unit } = await current({ locals, url });
		const form = await superValidate(request, zod4(unitEditSchema), { id: 'edit' });
		if (!form.valid) return fail(400, { editForm: form });
		try {
			const cell = unit.kind === 'cell';
			const { cellType, isGrassroots, ...rest } = form.data;
			await updateUnit(locals.pb, unit.id, cell ? { ...rest, cellType, isGrassroots } : rest);
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err) }, { status: 400 });
			return fail(400, { editForm: form });
		}
		return message(form, { ok: true, text: 'Đã lưu thông tin đơn vị.' });
	},

	// Two steps: the first names the new parent and shows what moves with the unit; the second,
	// with `confirmed`, moves it. The server checks everything again on the second.
	move: async ({ request, locals, url }) => {
		const { me, unit } = await current({ locals, url });
		const form = await superValidate(request, zod4(unitMoveSchema), { id: 'move' });
		if (!form.valid) return fail(400, { moveForm: form });
		const target = await unitInScope(locals.pb, me.unit.path, form.data.target);
		const wrong = target ? moveError(unit, target, me.unit.path) : 'Đơn vị cấp trên mới nằm ngoài phạm vi bạn quản lý.';
		if (wrong) {
			setError(form, 'target', wrong);
			return fail(400, { moveForm: form });
		}
		if (!form.data.confirmed) {
			const descendants = await descendantCount(locals.pb, unit);
			form.data.confirmed = true;
			return { moveForm: form, confirmMove: { target: target!, descendants, members: unit.memberCount } };
		}
		try {
			await updateUnit(locals.pb, unit.id, { parent: target!.id });
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err, 'Không chuyển được đơn vị. Vui lòng thử lại.') }, { status: 400 });
			return fail(400, { moveForm: form });
		}
		form.data = { target: '', confirmed: false };
		return message(form, { ok: true, text: `Đã chuyển ${unit.name} sang ${target!.name}.` });
	}
};

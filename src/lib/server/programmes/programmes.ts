import type { TypedPocketBase } from '$lib/pb-types';
// Programmes as the officer's pages read and change them, always with the user's own token:
// PocketBase decides who may read (API rules) and who may change (rules + pb_hooks/programmes.pb.js).
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { ancestorIds } from '$lib/domain/tree';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';
import type { CriterionRow, FrameworkForm } from '$lib/domain/forms/programme-framework';
import type { ProgrammeCopy, ProgrammeStatus } from '$lib/domain/forms/programme';
import type { AppUser } from '$lib/server/session';

export interface ProgrammeView {
	id: string;
	name: string;
	year: number;
	status: ProgrammeStatus;
	description: string;
	owner: { id: string; name: string };
	config: ProgrammeConfig;
	/** Only officers of the owning committee change a programme, and not once it is closed. */
	editable: boolean;
	/** Officers of the owning committee copy it to a new year, whatever its status. */
	copyable: boolean;
}

function toView(r: RecordModel, user: AppUser): ProgrammeView {
	const owner = r.expand?.owner as RecordModel | undefined;
	const status = (r.status || 'draft') as ProgrammeStatus;
	const own = user.role === 'officer' && r.owner === user.unit.id;
	let config: ProgrammeConfig;
	try {
		config = parseProgrammeConfig(r.config);
	} catch {
		// A config stored before the server checked it: shown with defaults, fixed by saving.
		config = parseProgrammeConfig({});
	}
	return {
		id: r.id,
		name: r.name,
		year: r.year,
		status,
		description: r.description ?? '',
		owner: { id: r.owner, name: owner?.name ?? '' },
		config,
		editable: own && status !== 'closed',
		copyable: own
	};
}

/**
 * The programmes of the officer's own committee and of the committees above it (whose programmes
 * the committee carries out), newest year first. A handful of rows: the filter is on the indexed
 * owner column, one value per ancestor.
 */
export async function listProgrammes(pb: TypedPocketBase, user: AppUser): Promise<ProgrammeView[]> {
	const owners = [...ancestorIds(user.unit.path), user.unit.id];
	const filter = owners.map((_, i) => `owner = {:o${i}}`).join(' || ');
	const params = Object.fromEntries(owners.map((id, i) => [`o${i}`, id]));
	const items = await pb.collection('programmes').getFullList({
		filter: pb.filter(filter, params),
		sort: '-year,name',
		expand: 'owner',
		fields: 'id,name,year,status,description,owner,config,expand.owner.name'
	});
	return items.map((r) => toView(r, user));
}

export async function loadProgramme(pb: TypedPocketBase, id: string, user: AppUser): Promise<ProgrammeView> {
	return toView(await pb.collection('programmes').getOne(id, { expand: 'owner' }), user);
}

/** The framework's rows, in framework order, as the editor's form holds them. */
export async function loadCriteria(pb: TypedPocketBase, programmeId: string): Promise<CriterionRow[]> {
	const items = await pb.collection('criteria').getFullList({
		filter: pb.filter('programme = {:p}', { p: programmeId }),
		sort: 'order,code',
		fields: 'id,code,title,group,maxScore,cellTypes,guidance'
	});
	return items.map((c) => ({
		id: c.id,
		code: c.code,
		title: c.title,
		group: c.group,
		maxScore: c.maxScore,
		cellTypes: c.cellTypes ?? [],
		guidance: c.guidance ?? ''
	}));
}

/** POST /api/programmes/{id}/copy: the new draft programme. */
export function copyProgramme(pb: TypedPocketBase, id: string, body: ProgrammeCopy): Promise<RecordModel> {
	return pb.send(`/api/programmes/${id}/copy`, { method: 'POST', body });
}

/** PUT /api/programmes/{id}/framework: groups and every criterion, checked and saved as a whole. */
export function saveFramework(pb: TypedPocketBase, id: string, body: FrameworkForm): Promise<unknown> {
	return pb.send(`/api/programmes/${id}/framework`, { method: 'PUT', body });
}

export function updateProgramme(pb: TypedPocketBase, id: string, body: Record<string, unknown>): Promise<RecordModel> {
	return pb.collection('programmes').update(id, body);
}

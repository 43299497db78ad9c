import type { TypedPocketBase } from '$lib/pb-types';
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';

/** One enrollment as this viewer may read it; a hidden one answers 404 like a missing one. */
export async function readEnrollment(pb: TypedPocketBase, id: string, expand = 'cell,programme'): Promise<RecordModel> {
	try {
		return await pb.collection('enrollments').getOne(id, { expand });
	} catch (err) {
		if (err instanceof ClientResponseError && (err.status === 404 || err.status === 400)) {
			error(404, 'Không tìm thấy hồ sơ, hoặc hồ sơ nằm ngoài phạm vi bạn được xem.');
		}
		throw err;
	}
}

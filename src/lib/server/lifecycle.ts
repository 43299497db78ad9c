import type { TypedPocketBase } from '$lib/pb-types';
// The lifecycle API seen from SvelteKit: always with the user's token, so PocketBase decides.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';

export interface AllowedEvent {
	type: string;
	label: string;
	commentRequired: boolean;
	irreversible: boolean;
	fields: string[];
}

export interface EventOptions {
	state: string;
	version: number;
	step: number;
	awaiting: { id: string; name: string } | null;
	chain: { id: string; name: string }[];
	thresholds: { excellent: number; good: number; complete: number };
	events: AllowedEvent[];
	blocked: { type: string; label: string; messages: string[] }[];
}

export function eventOptions(pb: TypedPocketBase, enrollmentId: string): Promise<EventOptions> {
	return pb.send(`/api/enrollments/${enrollmentId}/events`, {});
}

export function sendEvent(pb: TypedPocketBase, enrollmentId: string, body: object): Promise<RecordModel> {
	return pb.send(`/api/enrollments/${enrollmentId}/events`, { method: 'POST', body });
}

export function auditTrail(pb: TypedPocketBase, enrollmentId: string): Promise<RecordModel[]> {
	return pb.collection('transitions').getFullList({
		filter: pb.filter('enrollment = {:enrollmentId}', { enrollmentId }),
		sort: 'created,id'
	});
}

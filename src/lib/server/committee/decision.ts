import type { TypedPocketBase } from '$lib/pb-types';
// The recognition decision as printed: which committee issued it (the one that took the last
// approval of the recognition chain), its superior (for the header), the chain that proposed it.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';

export async function decisionOf(pb: TypedPocketBase, enrollment: RecordModel) {
	if (enrollment.state !== 'recognized' || !enrollment.decisionNo) {
		error(404, 'Chi bộ chưa có quyết định công nhận để in.');
	}
	const approvals = await pb.collection('approvals').getFullList({
		filter: pb.filter('enrollment = {:id} && gate = "recognition" && decision = "approve"', { id: enrollment.id }),
		sort: 'created,id',
		expand: 'unit,unit.parent'
	});
	const last = approvals[approvals.length - 1];
	const issuer = last?.expand?.unit as RecordModel | undefined;
	if (!issuer) error(404, 'Không xác định được cấp ủy ban hành quyết định.');
	const superior = issuer.expand?.parent as RecordModel | undefined;
	// The committees that approved before the issuing one proposed the decision; each named once.
	const proposers: string[] = [];
	for (const a of approvals.slice(0, -1)) if (!proposers.includes(a.unitName)) proposers.push(a.unitName);
	return {
		cellName: enrollment.expand?.cell?.name ?? '',
		cellParent: enrollment.expand?.cell?.expand?.parent?.name ?? '',
		programmeName: enrollment.expand?.programme?.name ?? '',
		year: enrollment.year as number,
		score: enrollment.score as number,
		rating: enrollment.rating as string,
		number: enrollment.decisionNo as string,
		date: String(enrollment.decisionDate ?? '').slice(0, 10),
		signer: enrollment.decisionSigner as string,
		issuer: { name: issuer.name as string, kind: issuer.kind as string },
		superior: superior ? { name: superior.name as string, kind: superior.kind as string } : null,
		proposers: proposers.filter((p) => p !== issuer.name)
	};
}

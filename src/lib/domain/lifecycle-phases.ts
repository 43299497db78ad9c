// The programme's phases as committees talk about them: a cell is "in the pilot" from the moment
// the district-level committee selects it (it then files its resolution and plan) until its
// year-end classification; recognition and the final outcomes follow.
import type { LifecycleState } from './lifecycle-types';

export type Phase = 'registration' | 'pilot' | 'recognition' | 'closed';

const PHASE_OF: Record<LifecycleState, Phase> = {
	draft: 'registration',
	selection: 'registration',
	planning: 'pilot',
	plan_review: 'pilot',
	pilot: 'pilot',
	review: 'pilot',
	evaluation: 'pilot',
	classification: 'pilot',
	recognition: 'recognition',
	recognized: 'recognition',
	not_recognized: 'closed',
	rejected: 'closed',
	withdrawn: 'closed'
};

export const PHASE_LABELS: Record<Phase, string> = {
	registration: 'Đăng ký, lựa chọn',
	pilot: 'Đang thí điểm',
	recognition: 'Xét công nhận',
	closed: 'Đã dừng'
};

export function phaseOf(state: LifecycleState): Phase {
	return PHASE_OF[state];
}

export function statesInPhase(phase: Phase): LifecycleState[] {
	return (Object.keys(PHASE_OF) as LifecycleState[]).filter((s) => PHASE_OF[s] === phase);
}

// A box that scrolls sideways must be reachable from the keyboard (WCAG 2.1.1; axe's
// scrollable-region-focusable): on a phone the app's tables scroll in their own box
// (src/app.css), so each table or .table-wrap that scrolls and holds nothing focusable gets
// tabindex="0" while it scrolls. Run on a container as a Svelte action; it follows the page's
// changes (navigation, form answers) and the window's size.
const MARK = 'data-scroll-focus';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function update(root: HTMLElement) {
	for (const box of root.querySelectorAll<HTMLElement>('table, .table-wrap')) {
		const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
		const marked = box.hasAttribute(MARK);
		if (scrolls && !marked && !box.hasAttribute('tabindex') && !box.querySelector(FOCUSABLE)) {
			box.setAttribute('tabindex', '0');
			box.setAttribute(MARK, '');
		} else if (!scrolls && marked) {
			box.removeAttribute('tabindex');
			box.removeAttribute(MARK);
		}
	}
}

export function keyboardScrollable(root: HTMLElement) {
	let frame = 0;
	const schedule = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => update(root));
	};
	const observer = new MutationObserver(schedule);
	observer.observe(root, { childList: true, subtree: true });
	addEventListener('resize', schedule);
	schedule();
	return {
		destroy() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			removeEventListener('resize', schedule);
		}
	};
}

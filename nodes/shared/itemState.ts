/**
 * What one item keeps between the stages of its run: its first preSend, further preSends,
 * the pagination function and the postReceive functions, which n8n calls with different
 * context objects. RoutingNode makes the pagination context from the item's context, so a
 * value is looked up along the prototypes. Keyed by n8n's context objects (weakly), so
 * nothing outlives the item, and items never see each other's values.
 */
const states = new WeakMap<object, Map<symbol, unknown>>();

export interface ItemSlot<T> {
	/** The value kept for this item (set on this context or on the one it was made from). */
	get(ctx: object): T | undefined;
	set(ctx: object, value: T): void;
	/** Forgets the value set on this context (an item's run starts afresh). */
	clear(ctx: object): void;
}

/** One named kind of per-item value, e.g. the item's request or its planned hand-off. */
export function itemSlot<T>(name: string): ItemSlot<T> {
	const key = Symbol(name);
	return {
		get(ctx) {
			for (let current: object | null = ctx; current; current = Object.getPrototypeOf(current) as object | null) {
				const value = states.get(current)?.get(key);
				if (value !== undefined) return value as T;
			}
			return undefined;
		},
		set(ctx, value) {
			let state = states.get(ctx);
			if (!state) {
				state = new Map();
				states.set(ctx, state);
			}
			state.set(key, value);
		},
		clear(ctx) {
			states.get(ctx)?.delete(key);
		},
	};
}

/**
 * Under jest, test code runs in a vm context while the global `structuredClone` comes from the outer
 * realm: it returns Dates of the outer realm, which fail `instanceof Date` here. The engine's msgpack
 * encoder (timestamp extension) then sends such a Date to the Deno runtime as `{}`, so apps would see
 * rooms and messages without times, which never happens in Rocket.Chat. When (and only when) that
 * mismatch exists, structuredClone is wrapped to return Dates of this realm.
 */
function reviveDates<T>(value: T, seen: WeakSet<object>): T {
    if (value === null || typeof value !== 'object') return value;
    if (Object.prototype.toString.call(value) === '[object Date]') {
        return (value instanceof Date ? value : new Date((value as unknown as Date).getTime())) as T;
    }
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || seen.has(value)) return value;
    seen.add(value);
    for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        const revived = reviveDates(v, seen);
        if (revived !== v) (value as Record<string, unknown>)[key] = revived;
    }
    return value;
}

if (!(structuredClone(new Date(0)) instanceof Date)) {
    const outer = globalThis.structuredClone;
    globalThis.structuredClone = ((value: unknown, options?: Parameters<typeof structuredClone>[1]) =>
        reviveDates(outer(value, options), new WeakSet())) as typeof structuredClone;
}

export {};

/** Which rooms the masking applies to (settings `masking_scope` and `masking_departments`). */
export type MaskingScope = 'livechat' | 'all';

export interface ScopeConfig {
    readonly scope: MaskingScope;
    /** Omnichannel department ids; empty means every department. */
    readonly departments: readonly string[];
}

export interface RoomFacts {
    /** Rocket.Chat room type: 'l' is an Omnichannel (livechat) room. */
    readonly type: string;
    readonly departmentId?: string;
}

export const LIVECHAT_ROOM_TYPE = 'l';

export function isInScope(room: RoomFacts, config: ScopeConfig): boolean {
    const livechat = room.type === LIVECHAT_ROOM_TYPE;
    if (config.scope === 'livechat' && !livechat) {
        return false;
    }
    if (livechat && config.departments.length > 0) {
        return room.departmentId !== undefined && config.departments.includes(room.departmentId);
    }
    return true;
}

/** Parses a comma- or line-separated list, trimming blanks ("a, b,,c" → ["a","b","c"]). */
export function parseList(value: string): string[] {
    return value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s.length > 0);
}

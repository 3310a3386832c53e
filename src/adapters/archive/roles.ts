import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

/** Roles that may see the archive status: administrators and livechat managers. */
export const ARCHIVE_STATUS_ROLES: readonly string[] = ['admin', 'livechat-manager'];

/** Checks the user's roles as Rocket.Chat stores them now (not as the caller claims). */
export async function mayManageArchive(read: IRead, userId: string | undefined): Promise<boolean> {
    if (!userId) return false;
    const user = await read.getUserReader().getById(userId).catch(() => undefined);
    return !!user && (user.roles ?? []).some((r) => ARCHIVE_STATUS_ROLES.includes(r));
}

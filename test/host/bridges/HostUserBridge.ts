import { UserType } from '@rocket.chat/apps-engine/definition/users';
import type { IUser, IUserCreationOptions } from '@rocket.chat/apps-engine/definition/users';
import { UserBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostState } from '../HostState';
import { userRecord } from '../HostDirectory';
import { meteorId } from '../ids';

/** Users of the host, including each app's bot user (created by the engine at install). */
export class HostUserBridge extends UserBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async getById(id: string, _appId: string): Promise<IUser> {
        return this.state.users.get(id) as IUser;
    }

    protected async getByUsername(username: string, _appId: string): Promise<IUser> {
        return [...this.state.users.values()].find((u) => u.username === username) as IUser;
    }

    protected async getAppUser(appId?: string): Promise<IUser | undefined> {
        if (!appId) {
            return undefined;
        }
        return [...this.state.users.values()].find((u) => u.appId === appId);
    }

    protected async getActiveUserCount(): Promise<number> {
        return [...this.state.users.values()].filter((u) => u.isEnabled && u.type === UserType.USER).length;
    }

    protected async getUserUnreadMessageCount(_uid: string, _appId: string): Promise<number> {
        return 0;
    }

    protected async getUserRoomIds(userId: string, _appId: string): Promise<string[]> {
        return [...this.state.rooms.values()].filter((r) => r.userIds?.includes(userId)).map((r) => r.id);
    }

    protected async create(data: Partial<IUser>, _appId: string, _options?: IUserCreationOptions): Promise<string> {
        const now = this.state.clock.now();
        const id = meteorId();
        const user = userRecord({ roles: [], name: data.username ?? id, username: id, ...data, id }, now);
        this.state.users.set(id, user);
        return id;
    }

    protected async remove(user: IUser, _appId: string): Promise<boolean> {
        return this.state.users.delete(user.id);
    }

    protected async update(user: IUser, updates: Partial<IUser>, _appId: string): Promise<boolean> {
        const current = this.state.users.get(user.id);
        if (!current) {
            return false;
        }
        this.state.users.set(user.id, { ...current, ...updates, id: user.id, updatedAt: this.state.clock.now() });
        return true;
    }

    protected async deleteUsersCreatedByApp(appId: string, type: UserType.APP | UserType.BOT): Promise<boolean> {
        for (const [id, u] of this.state.users) {
            if (u.appId === appId && u.type === type) {
                this.state.users.delete(id);
            }
        }
        return true;
    }

    protected async deactivate(userId: string, _confirmRelinquish: boolean, _appId: string): Promise<boolean> {
        const u = this.state.users.get(userId);
        if (!u) {
            return false;
        }
        u.isEnabled = false;
        return true;
    }
}

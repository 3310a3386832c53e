import { randomBytes } from 'node:crypto';

const UNMISTAKABLE = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';

/** A Meteor-style random id (17 characters), as Rocket.Chat uses for users, rooms and messages. */
export function meteorId(): string {
    const bytes = randomBytes(17);
    let out = '';
    for (const b of bytes) {
        out += UNMISTAKABLE[b % UNMISTAKABLE.length];
    }
    return out;
}

/** A MongoDB ObjectId-like hex id (24 characters), as the persistence and scheduler collections use. */
export function objectId(): string {
    return randomBytes(12).toString('hex');
}

export function isObjectId(value: string): boolean {
    return /^[0-9a-f]{24}$/i.test(value);
}

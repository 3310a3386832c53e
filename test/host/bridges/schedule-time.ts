// Time expressions accepted by Agenda (which Rocket.Chat's scheduler bridge uses): human intervals
// ("5 minutes", "1 hour and 30 minutes", "in 10 seconds"), dates, and 5-field cron expressions.

const UNIT_MS: Record<string, number> = {
    ms: 1,
    millisecond: 1,
    milliseconds: 1,
    s: 1000,
    sec: 1000,
    secs: 1000,
    second: 1000,
    seconds: 1000,
    m: 60_000,
    min: 60_000,
    mins: 60_000,
    minute: 60_000,
    minutes: 60_000,
    h: 3_600_000,
    hr: 3_600_000,
    hrs: 3_600_000,
    hour: 3_600_000,
    hours: 3_600_000,
    d: 86_400_000,
    day: 86_400_000,
    days: 86_400_000,
    w: 604_800_000,
    week: 604_800_000,
    weeks: 604_800_000,
    month: 2_592_000_000,
    months: 2_592_000_000,
    year: 31_536_000_000,
    years: 31_536_000_000,
};

const WORD_NUMBERS: Record<string, number> = {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
};

function tokens(text: string): string[] {
    return text.toLowerCase().replace(/,/g, ' ').split(/\s/).filter(Boolean);
}

const NUMBER = /^\d{1,15}(?:\.\d{1,15})?$/;
const NUMBER_UNIT = /^(\d{1,15}(?:\.\d{1,15})?)([a-z]{1,12})$/;

/** "5 minutes", "1.5 hours", "2 days and 3 hours", "5m", "5000" (ms) → milliseconds; undefined if not one. */
export function parseHumanInterval(text: string): number | undefined {
    const words = tokens(text).filter((w) => w !== 'and');
    if (words.length === 1 && /^\d{1,15}$/.test(words[0])) {
        return Number(words[0]);
    }
    let total = 0;
    let i = 0;
    while (i < words.length) {
        const joined = NUMBER_UNIT.exec(words[i]);
        let n: number | undefined;
        let unit: number | undefined;
        if (joined) {
            n = Number(joined[1]);
            unit = UNIT_MS[joined[2]];
            i += 1;
        } else {
            n = NUMBER.test(words[i]) ? Number(words[i]) : WORD_NUMBERS[words[i]];
            unit = UNIT_MS[words[i + 1] ?? ''];
            i += 2;
        }
        if (n === undefined || unit === undefined) {
            return undefined;
        }
        total += n * unit;
    }
    return words.length ? total : undefined;
}

/** Agenda's `schedule(when)`: a Date, epoch ms, "in 5 minutes", "5 minutes", or a date string. */
export function parseWhen(when: unknown, now: Date): Date {
    if (when instanceof Date) {
        return new Date(when.getTime());
    }
    if (typeof when === 'number' && Number.isFinite(when)) {
        return new Date(when);
    }
    if (typeof when === 'string') {
        let words = tokens(when);
        if (words.length === 1 && words[0] === 'now') {
            return new Date(now.getTime());
        }
        if (words[0] === 'in') {
            words = words.slice(1);
        }
        if (words.length > 2 && words[words.length - 2] === 'from' && words[words.length - 1] === 'now') {
            words = words.slice(0, -2);
        }
        const rel = words.length ? parseHumanInterval(words.join(' ')) : undefined;
        if (rel !== undefined) {
            return new Date(now.getTime() + rel);
        }
        const abs = Date.parse(when);
        if (!Number.isNaN(abs)) {
            return new Date(abs);
        }
    }
    throw new Error(`Invalid "when" for a one-time job: ${String(when)}`);
}

export interface CronSpec {
    minute: Set<number>;
    hour: Set<number>;
    dayOfMonth: Set<number>;
    month: Set<number>;
    dayOfWeek: Set<number>;
    domStar: boolean;
    dowStar: boolean;
}

function parseField(field: string, min: number, max: number): Set<number> {
    const out = new Set<number>();
    for (const item of field.split(',')) {
        const m = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(item);
        if (!m) {
            throw new Error(`Invalid cron field "${field}"`);
        }
        let lo = min;
        let hi = max;
        if (m[1] !== '*') {
            const [a, b] = m[1].split('-').map(Number);
            lo = a;
            hi = b ?? (m[2] ? max : a);
        }
        const step = m[2] ? Number(m[2]) : 1;
        if (lo < min || hi > max || lo > hi || step < 1) {
            throw new Error(`Invalid cron field "${field}"`);
        }
        for (let v = lo; v <= hi; v += step) {
            out.add(v);
        }
    }
    return out;
}

/** A 5-field cron (minute hour day-of-month month day-of-week), local time, like Agenda's default. */
export function parseCron(expr: string): CronSpec {
    const f = tokens(expr);
    if (f.length !== 5) {
        throw new Error(`Invalid interval "${expr}": neither a human interval nor a 5-field cron expression`);
    }
    const dayOfWeek = parseField(f[4], 0, 7);
    if (dayOfWeek.has(7)) {
        dayOfWeek.add(0);
    }
    return {
        minute: parseField(f[0], 0, 59),
        hour: parseField(f[1], 0, 23),
        dayOfMonth: parseField(f[2], 1, 31),
        month: parseField(f[3], 1, 12),
        dayOfWeek,
        domStar: f[2] === '*',
        dowStar: f[4] === '*',
    };
}

/** The first minute strictly after `from` that matches `spec` (searches up to ~4 years). */
export function nextCronTime(spec: CronSpec, from: Date): Date {
    const t = new Date(from.getTime());
    t.setSeconds(0, 0);
    t.setMinutes(t.getMinutes() + 1);
    for (let i = 0; i < 4 * 366 * 24 * 60; i++) {
        const domOk = spec.dayOfMonth.has(t.getDate());
        const dowOk = spec.dayOfWeek.has(t.getDay());
        const dayOk = spec.domStar || spec.dowStar ? domOk && dowOk : domOk || dowOk;
        if (spec.month.has(t.getMonth() + 1) && dayOk && spec.hour.has(t.getHours()) && spec.minute.has(t.getMinutes())) {
            return t;
        }
        t.setMinutes(t.getMinutes() + 1);
    }
    throw new Error('Cron expression never matches');
}

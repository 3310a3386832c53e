/**
 * The host's notion of "now". The scheduler bridge decides which jobs are due from it, and the
 * host stamps messages and rooms with it. Tests use {@link ManualClock} and advance it.
 */
export interface Clock {
    now(): Date;
}

/** Wall-clock time (used by the demo). */
export class SystemClock implements Clock {
    public now(): Date {
        return new Date();
    }
}

/** A clock that only moves when told to. Starts at `start` (default: the real time at creation). */
export class ManualClock implements Clock {
    private current: number;

    constructor(start: Date | number = Date.now()) {
        this.current = typeof start === 'number' ? start : start.getTime();
    }

    public now(): Date {
        return new Date(this.current);
    }

    /** Moves the clock forward by `ms` milliseconds (never backwards). */
    public advance(ms: number): Date {
        if (!Number.isFinite(ms) || ms < 0) {
            throw new RangeError(`ManualClock.advance: expected a non-negative number of ms, got ${ms}`);
        }
        this.current += ms;
        return this.now();
    }

    /** Sets the clock to `to`, which must not be earlier than now. */
    public set(to: Date | number): Date {
        const t = typeof to === 'number' ? to : to.getTime();
        if (t < this.current) {
            throw new RangeError('ManualClock.set: the clock does not go backwards');
        }
        this.current = t;
        return this.now();
    }
}

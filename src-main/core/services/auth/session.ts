/**
 * The one login session of a core (one window per app). Lives in memory only: a restart means a
 * new login. Times are milliseconds from the core's injectable clock.
 */
export interface SessionState {
  userId: number;
  lastActivityMs: number;
  locked: boolean;
}

export class Session {
  private state: SessionState | null = null;

  get current(): Readonly<SessionState> | null {
    return this.state;
  }

  start(userId: number, nowMs: number): void {
    this.state = { userId, lastActivityMs: nowMs, locked: false };
  }

  end(): boolean {
    const had = this.state !== null;
    this.state = null;
    return had;
  }

  lock(): void {
    if (this.state) this.state.locked = true;
  }

  resume(nowMs: number): void {
    if (!this.state) return;
    this.state.locked = false;
    this.state.lastActivityMs = nowMs;
  }

  touch(nowMs: number): void {
    if (this.state) this.state.lastActivityMs = nowMs;
  }

  /** Locked explicitly, or idle for longer than the user's setting. */
  isLocked(nowMs: number, idleLockMinutes: number): boolean {
    if (!this.state) return false;
    return this.state.locked || nowMs - this.state.lastActivityMs > idleLockMinutes * 60_000;
  }
}

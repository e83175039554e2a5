/**
 * A temporary sibling folder that replaces a target folder in one step once it is complete.
 *
 * The staging folder is `<target>.tmp-<random>`, on the same file system as the target so that
 * `rename` moves it without copying. Until `commit`, the target is untouched. On SIGINT or
 * SIGTERM the staging folder is removed at once and the signal is raised again, so an
 * interrupted process ends as it would have without the handler and leaves no staging folder.
 *
 * NOTE: Node cannot exchange two folders atomically, so `commit` moves the old target aside
 * and the new one in with two renames. Between them (microseconds, no await) a reader finds
 * no folder at the target, never a half-written one. A process killed by SIGKILL in that gap
 * leaves the old result in `<target>.tmp-<random>-previous`.
 */

import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { RunFolderError } from "./runFolderError.js";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export class StagingFolder {
  /** Path of the staging folder, `<target>.tmp-<random>`. */
  readonly path: string;
  private readonly target: string;
  private interruptedBy: NodeJS.Signals | undefined;
  private readonly onSignal = (signal: NodeJS.Signals): void => this.interrupt(signal);

  /** Create the staging folder next to `target` (creating `target`'s parent if needed). */
  constructor(target: string) {
    this.target = target;
    this.path = `${target}.tmp-${randomBytes(6).toString("hex")}`;
    mkdirSync(dirname(target), { recursive: true });
    mkdirSync(this.path);
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
  }

  /**
   * Throw if a signal has interrupted the write, so that no later step runs. Pass the error of
   * a failed step as `cause`: once the staging folder is gone, steps fail with ENOENT, and the
   * interruption is the reason to report.
   */
  throwIfInterrupted(cause?: unknown): void {
    if (this.interruptedBy !== undefined) {
      throw new RunFolderError("io.interrupted", { path: this.target }, { cause });
    }
  }

  /**
   * Move the staging folder to the target, replacing what is there. Synchronous, so no signal
   * handler can run between the two renames.
   */
  commit(): void {
    this.throwIfInterrupted();

    if (!pathExists(this.target)) {
      renameSync(this.path, this.target);
      this.removeSignalHandlers();
      return;
    }

    const previous = `${this.path}-previous`;
    renameSync(this.target, previous);
    try {
      renameSync(this.path, this.target);
    } catch (error) {
      renameSync(previous, this.target);
      throw error;
    }
    this.removeSignalHandlers();
    rmSync(previous, { recursive: true, force: true });
  }

  /** Remove the staging folder if it still exists and stop listening for signals. */
  dispose(): void {
    this.removeSignalHandlers();
    rmSync(this.path, { recursive: true, force: true, maxRetries: 3 });
  }

  private interrupt(signal: NodeJS.Signals): void {
    this.interruptedBy = signal;
    this.dispose();

    // Without other listeners, raise the signal again so that the default action ends the
    // process. Other listeners have already received this signal and decide for themselves.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }

  private removeSignalHandlers(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
  }
}

function pathExists(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false }) !== undefined;
}

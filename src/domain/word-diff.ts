/**
 * Word-level differences between two versions of a text (a therapeutic indication, an overview
 * section), for showing what EMA reworded. The `diff` package does the Myers diff; this keeps
 * its output readable: whitespace-only differences are not changes, and a text rewritten from
 * end to end is shown as removed and added whole rather than as confetti of single words.
 */
import { diffWords } from 'diff';

export interface WordDiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface WordDiffOptions {
  /** Above this many edits the texts are treated as unrelated (also bounds the work done). */
  maxEdits?: number;
}

const DEFAULT_MAX_EDITS = 1500;

export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): WordDiffPart[] {
  if (before === after) return before === '' ? [] : [{ type: 'same', text: before }];
  if (before === '') return [{ type: 'added', text: after }];
  if (after === '') return [{ type: 'removed', text: before }];
  const parts = diffWords(before, after, { maxEditLength: options.maxEdits ?? DEFAULT_MAX_EDITS });
  if (!parts) return whole(before, after);
  const out: WordDiffPart[] = [];
  for (const p of parts) {
    const type = p.added ? 'added' : p.removed ? 'removed' : 'same';
    const last = out.at(-1);
    if (last && last.type === type) last.text += p.value;
    else out.push({ type, text: p.value });
  }
  // Less than a fifth unchanged (ignoring spaces): a rewrite, which reads better whole.
  const kept = out.filter((p) => p.type === 'same').reduce((n, p) => n + p.text.trim().length, 0);
  if (kept < 0.2 * Math.max(before.length, after.length)) return whole(before, after);
  return out;
}

function whole(before: string, after: string): WordDiffPart[] {
  return [
    { type: 'removed', text: before },
    { type: 'added', text: after },
  ];
}

import type { CardModel } from './card-model';
import { isRecord } from '../types';

const KINDS = new Set<unknown>(['place', 'topic', 'claim']);

/**
 * The background's reply to a card-model message read as a CardModel, or undefined for anything
 * else (no listener, an error object, garbage). Checked by hand, one level deep: a schema for the
 * whole models would bring zod into every page (this file is the content script's), and the card's
 * renderer (components/card/card-view.tsx) catches whatever a malformed model breaks.
 */
export function asCardModel(raw: unknown): CardModel | undefined {
  if (!isRecord(raw)) return undefined;
  if (KINDS.has(raw.kind)) {
    if (!isRecord(raw.model) || (raw.place !== undefined && typeof raw.place !== 'string')) return undefined;
    return raw as CardModel;
  }
  if (raw.kind === 'unknown') return KINDS.has(raw.what) && typeof raw.id === 'string' ? (raw as CardModel) : undefined;
  if (raw.kind === 'failed') return typeof raw.reason === 'string' ? (raw as CardModel) : undefined;
  return undefined;
}

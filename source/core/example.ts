/**
 * The one example model every input format maps to. Everything downstream (store, stats, review,
 * dedup, splits, export) reads only this shape.
 */

/** A conversation role after mapping (ShareGPT's human / gpt / observation become user / assistant / tool). */
export type Role = 'system' | 'user' | 'assistant' | 'tool';

export const ROLES: readonly Role[] = ['system', 'user', 'assistant', 'tool'];

/** A function call an assistant turn makes; `arguments` is kept as the JSON text the data had. */
export interface ToolCall {
  id?: string;
  name: string;
  arguments: string;
}

export interface Message {
  role: Role;
  /** Plain text; typed content parts are joined, non-text parts become a `[type]` placeholder. */
  content: string;
  name?: string;
  toolCalls?: ToolCall[];
  /** For a tool turn: the id of the call it answers. */
  toolCallId?: string;
  /** A per-turn training weight the data carried (OpenAI `weight`, LLaMA-Factory `loss_weight`). */
  weight?: number;
}

export type Kind = 'chat' | 'instruction' | 'completion' | 'text' | 'preference' | 'unpaired';

export const KINDS: readonly Kind[] = [
  'chat',
  'instruction',
  'completion',
  'text',
  'preference',
  'unpaired',
];

/** Where an example came from: 1-based line for line-based containers, 0-based index in a JSON array. */
export interface SourceRef {
  file: string;
  line?: number;
  index?: number;
}

/** Fields every kind carries. */
export interface ExampleBase {
  /** Stable id: a hash of the normalised content (see `stableId`). */
  id: string;
  /** Name of the input format it was read as (for example `sharegpt`, `alpaca`). */
  format: string;
  source: SourceRef;
  /** Every field of the record the model does not map (category, label, user, id...). */
  meta: Record<string, unknown>;
}

export interface ChatExample extends ExampleBase {
  kind: 'chat';
  messages: Message[];
  /** Tool (function) definitions offered to the model, as the data gave them. */
  tools?: unknown[];
}

export interface InstructionExample extends ExampleBase {
  kind: 'instruction';
  instruction: string;
  input: string;
  output: string;
}

export interface CompletionExample extends ExampleBase {
  kind: 'completion';
  prompt: string;
  completion: string;
}

export interface TextExample extends ExampleBase {
  kind: 'text';
  text: string;
}

/**
 * A preference suggestion carried by the data: a rank per candidate (0 is best, equal ranks are ties,
 * null is unranked) and optional scores. It is a suggestion only: a human judgement overrides it.
 */
export interface PreferenceSuggestion {
  ranks: (number | null)[];
  scores?: (number | null)[];
}

export interface PreferenceExample extends ExampleBase {
  kind: 'preference';
  /** The conversation before the answers. */
  prompt: Message[];
  /** 2..K candidate answers; each is one or more turns (usually one assistant turn). */
  candidates: Message[][];
  suggestion?: PreferenceSuggestion;
  tools?: unknown[];
}

/** Unpaired preference (KTO): one completion labelled desirable or not. */
export interface UnpairedExample extends ExampleBase {
  kind: 'unpaired';
  prompt: Message[];
  completion: Message[];
  label: boolean;
}

export type Example =
  | ChatExample
  | InstructionExample
  | CompletionExample
  | TextExample
  | PreferenceExample
  | UnpairedExample;

/**
 * An example before its id is assigned: what a format mapper returns. Mappers leave `id` empty
 * (`''`) rather than absent, so naming the example keeps its object shape.
 */
export type ExampleDraft = Example extends infer E
  ? E extends Example
    ? Omit<E, 'id'> & { id?: '' }
    : never
  : never;

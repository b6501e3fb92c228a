// The thin prompt wrapper: the wizards ask through this interface only, so tests replace it with
// scripted answers (as changesets does) and never drive the prompt library itself.
export interface Question {
  message: string;
  /** Shown pre-filled; accepted with Enter. */
  default?: string;
  /** Returns an error text to show, or null when the answer is acceptable. */
  validate?: (answer: string) => string | null;
}

export interface Prompter {
  input(question: Question): Promise<string>;
  confirm(message: string, defaultYes: boolean): Promise<boolean>;
}

/** The user left a question with Ctrl+C (or Ctrl+D): a normal way out, not a fault. main()
 *  reports it in one line and exits 130, as a shell does for SIGINT. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

// inquirer rejects with ExitPromptError when the terminal is closed or Ctrl+C is pressed.
const cancelled = (e: unknown): never => {
  throw e instanceof Error && e.name === 'ExitPromptError' ? new PromptCancelled() : e;
};

/** The real terminal, through @inquirer/prompts (loaded only when a question is really asked). */
export function inquirerPrompter(): Prompter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (): typeof import('@inquirer/prompts') => require('@inquirer/prompts');
  return {
    input: (q) =>
      load()
        .input({
          message: q.message,
          default: q.default,
          validate: (value: string) => (q.validate ? (q.validate(value.trim()) ?? true) : true),
        })
        .then((s) => s.trim(), cancelled),
    confirm: (message, defaultYes) => load().confirm({ message, default: defaultYes }).catch(cancelled),
  };
}

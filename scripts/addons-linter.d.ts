// addons-linter ships no types; this covers the part of its API scripts/lint-extension.ts uses.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LinterResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export function createInstance(options: {
    config: Record<string, unknown> & { _: string[] };
    runAsBinary: boolean;
  }): { run(): Promise<LinterResult> };
}

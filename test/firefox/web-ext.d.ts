// web-ext ships no types; this is the part of its documented programmatic API
// (`webExt.cmd.lint(params, options)`) that test/firefox/lint.test.ts uses.
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output?: 'text' | 'json' | 'none'; selfHosted?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}

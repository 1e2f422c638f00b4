/** A mistake in the content, as the editor reads it: file, line, field and what is wrong, in Swedish. */
export interface ContentProblem {
  file: string;
  /** Field path, e.g. `changes[0].date`; empty when the problem is the file itself. */
  field: string;
  message: string;
  /** Lines in the file as the editor sees it, frontmatter included. */
  lines?: number[];
}

function describeProblem(problem: ContentProblem): string {
  const where = problem.lines?.length ? `${problem.file}, rad ${problem.lines.join(', ')}` : problem.file;
  return `- ${where}: ${problem.field ? `fältet ${problem.field} ` : ''}${problem.message}`;
}

export function describeProblems(problems: readonly ContentProblem[]): string {
  return [`Innehållet har ${problems.length} fel och webbplatsen byggs inte:`, ...problems.map(describeProblem)].join('\n');
}

import { ignoredByLayers, type IgnoreLayer, type IgnoreRule } from '@secret-hygiene/core';

/** The walker's view of .gitignore files; the rules and their matching are core's (shared with the editor). */
export { parseGitignore } from '@secret-hygiene/core';

/** Ignore state of a directory tree: the rules of each ancestor's .gitignore, relative to it. */
export class IgnoreStack {
  private constructor(private readonly layers: IgnoreLayer[]) {}

  static empty(): IgnoreStack {
    return new IgnoreStack([]);
  }

  /** `base` is the directory of the .gitignore, relative to the scan root with '/' separators ('' for root). */
  with(base: string, rules: IgnoreRule[]): IgnoreStack {
    return rules.length ? new IgnoreStack([...this.layers, { base, rules }]) : this;
  }

  /** `path` is relative to the scan root, '/' separated. */
  ignores(path: string, isDirectory: boolean): boolean {
    return ignoredByLayers(this.layers, path, isDirectory);
  }
}

// The part of CPython 3.12's Lib/argparse.py that the natively served `-m` modules use:
// optionals (with abbreviations, bundling, "--opt=value"), positionals with nargs None or
// '?', store / store_true / store_false / help actions, type conversion, choices, and the
// usage, help and error texts byte for byte (HelpFormatter's wrapping included).
// Limits, by design: no subparsers, groups, nargs '*'/'+', or %-expansion in help strings.

/** Raised instead of calling sys.exit: what to print and the exit status. */
export class ArgparseExit {
  constructor(
    readonly status: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {}
}

/** A conversion failure that argparse reports with its own message (ArgumentTypeError). */
export class ArgumentTypeError extends Error {}

/** A conversion failure reported as "invalid <type> value: <repr>" (TypeError/ValueError). */
export class ArgumentValueError extends Error {}

export type ActionKind = 'store' | 'store_true' | 'store_false' | 'help';

export interface ArgumentSpec {
  /** Option strings ('-m', '--mode') or, for a positional, its single name. */
  names: readonly string[];
  action?: ActionKind;
  nargs?: null | '?';
  default?: unknown;
  /** Converts one argument string; throws ArgumentTypeError or ArgumentValueError. */
  type?: (s: string) => unknown;
  /** The type's __name__, for "invalid %s value" messages. */
  typeName?: string;
  choices?: readonly string[];
  help?: string;
  metavar?: string;
}

interface Action {
  optionStrings: string[];
  dest: string;
  kind: ActionKind;
  /** null: exactly one; '?': optional; 0: none. */
  nargs: null | '?' | 0;
  default: unknown;
  const: unknown;
  type: ((s: string) => unknown) | null;
  typeName: string;
  choices: readonly string[] | null;
  help: string | null;
  metavar: string | null;
  required: boolean;
}

class ArgumentError {
  constructor(
    readonly action: Action | null,
    readonly message: string,
  ) {}

  // CPython: ArgumentError.__str__
  toString(): string {
    const name = this.action === null ? null : actionName(this.action);
    return name === null ? this.message : `argument ${name}: ${this.message}`;
  }
}

// CPython: _get_action_name
function actionName(a: Action): string | null {
  if (a.optionStrings.length > 0) return a.optionStrings.join('/');
  if (a.metavar !== null) return a.metavar;
  return a.dest;
}

/** A Python str repr, as %r prints it. */
export type Repr = (s: string) => string;

type OptionTuple = [Action | null, string, string | null];

export class ArgumentParser {
  private readonly actions: Action[] = [];
  private readonly optionActions = new Map<string, Action>();

  constructor(
    readonly prog: string,
    private readonly repr: Repr,
    /** Terminal width as shutil.get_terminal_size() reports it. */
    private readonly columns: number,
  ) {
    this.addArgument({ names: ['-h', '--help'], action: 'help', help: 'show this help message and exit' });
  }

  // CPython: _ActionsContainer.add_argument
  addArgument(spec: ArgumentSpec): void {
    const positional = !spec.names[0]!.startsWith('-');
    const kind = spec.action ?? 'store';
    let dest: string;
    if (positional) {
      dest = spec.names[0]!;
    } else {
      const long = spec.names.find((n) => n.startsWith('--'));
      dest = (long ?? spec.names[0]!).replace(/^-+/, '').replaceAll('-', '_');
    }
    const flag = kind === 'store_true' || kind === 'store_false' || kind === 'help';
    let dflt: unknown = spec.default ?? null;
    if (kind === 'store_true' && spec.default === undefined) dflt = false;
    if (kind === 'store_false' && spec.default === undefined) dflt = true;
    const action: Action = {
      optionStrings: positional ? [] : [...spec.names],
      dest,
      kind,
      nargs: flag ? 0 : (spec.nargs ?? null),
      default: dflt,
      const: kind === 'store_true' ? true : kind === 'store_false' ? false : null,
      type: spec.type ?? null,
      typeName: spec.typeName ?? 'str',
      choices: spec.choices ?? null,
      help: spec.help ?? null,
      metavar: spec.metavar ?? null,
      required: positional && spec.nargs !== '?',
    };
    this.actions.push(action);
    for (const s of action.optionStrings) this.optionActions.set(s, action);
  }

  /** Parses args into a namespace, or throws ArgparseExit (errors, --help). */
  parseArgs(args: readonly string[]): Record<string, unknown> {
    const ns: Record<string, unknown> = {};
    for (const a of this.actions) {
      if (a.kind !== 'help' && !(a.dest in ns)) ns[a.dest] = a.default;
    }
    let extras: string[];
    try {
      extras = this.parseKnownArgs([...args], ns);
    } catch (e) {
      if (e instanceof ArgumentError) this.error(e.toString());
      throw e;
    }
    if (extras.length > 0) this.error(`unrecognized arguments: ${extras.join(' ')}`);
    return ns;
  }

  // CPython: ArgumentParser.error
  error(message: string): never {
    throw new ArgparseExit(2, '', this.formatUsage() + `${this.prog}: error: ${message}\n`);
  }

  // CPython: _parse_optional
  private parseOptional(arg: string): OptionTuple | null {
    if (arg === '' || arg[0] !== '-') return null;
    const exact = this.optionActions.get(arg);
    if (exact !== undefined) return [exact, arg, null];
    if (arg.length === 1) return null;
    const eq = arg.indexOf('=');
    if (eq >= 0) {
      const opt = arg.slice(0, eq);
      const act = this.optionActions.get(opt);
      if (act !== undefined) return [act, opt, arg.slice(eq + 1)];
    }
    const tuples = this.optionTuples(arg);
    if (tuples.length > 1) {
      const matches = tuples.map((t) => t[1]).join(', ');
      this.error(`ambiguous option: ${arg} could match ${matches}`);
    }
    if (tuples.length === 1) return tuples[0]!;
    // No option looks like a negative number, so "-1" and "-.5" are positionals.
    if (/^-\d+$|^-\d*\.\d+$/.test(arg)) return null;
    if (arg.includes(' ')) return null;
    return [null, arg, null];
  }

  // CPython: _get_option_tuples
  private optionTuples(arg: string): OptionTuple[] {
    const result: OptionTuple[] = [];
    if (arg[1] === '-') {
      const eq = arg.indexOf('=');
      const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
      const explicit = eq >= 0 ? arg.slice(eq + 1) : null;
      for (const [s, a] of this.optionActions) {
        if (s.startsWith(prefix)) result.push([a, s, explicit]);
      }
    } else {
      const shortPrefix = arg.slice(0, 2);
      const shortExplicit = arg.slice(2);
      for (const [s, a] of this.optionActions) {
        if (s === shortPrefix) result.push([a, s, shortExplicit]);
        else if (s.startsWith(arg)) result.push([a, s, null]);
      }
    }
    return result;
  }

  // CPython: _get_nargs_pattern
  private nargsPattern(a: Action): string {
    let p = a.nargs === null ? '(-*A-*)' : a.nargs === '?' ? '(-*A?-*)' : '(-*-*)';
    if (a.optionStrings.length > 0) p = p.replaceAll('-*', '').replaceAll('-', '');
    return p;
  }

  // CPython: _match_argument
  private matchArgument(a: Action, pattern: string): number {
    const m = new RegExp('^' + this.nargsPattern(a)).exec(pattern);
    if (m === null) {
      const msg = a.nargs === null ? 'expected one argument' : 'expected at most one argument';
      throw new ArgumentError(a, msg);
    }
    return m[1]!.length;
  }

  // CPython: _match_arguments_partial
  private matchPartial(actions: Action[], pattern: string): number[] {
    for (let i = actions.length; i > 0; i--) {
      const re = new RegExp('^' + actions.slice(0, i).map((a) => this.nargsPattern(a)).join(''));
      const m = re.exec(pattern);
      if (m !== null) return m.slice(1).map((g) => g!.length);
    }
    return [];
  }

  // CPython: _parse_known_args (no mutually exclusive groups, no fromfile prefixes)
  private parseKnownArgs(argStrings: string[], ns: Record<string, unknown>): string[] {
    const optionIndices = new Map<number, OptionTuple>();
    let pattern = '';
    for (let i = 0; i < argStrings.length; i++) {
      if (argStrings[i] === '--') {
        pattern += '-' + 'A'.repeat(argStrings.length - i - 1);
        break;
      }
      const t = this.parseOptional(argStrings[i]!);
      if (t === null) pattern += 'A';
      else {
        optionIndices.set(i, t);
        pattern += 'O';
      }
    }

    const seen = new Set<Action>();
    const takeAction = (a: Action, strings: string[], optionString: string | null): void => {
      seen.add(a);
      const value = this.getValues(a, strings);
      this.perform(a, ns, value, optionString);
    };

    const extras: string[] = [];
    const consumeOptional = (start: number): number => {
      let [action, optionString, explicit] = optionIndices.get(start)!;
      const tuples: [Action, string[], string][] = [];
      let stop: number;
      for (;;) {
        if (action === null) {
          extras.push(argStrings[start]!);
          return start + 1;
        }
        if (explicit !== null) {
          const count = this.matchArgument(action, 'A');
          if (count === 0 && optionString[1] !== '-' && explicit !== '') {
            // A flag bundled with more single-dash options: -ai4 is -a -i4.
            tuples.push([action, [], optionString]);
            optionString = optionString[0]! + explicit[0]!;
            const next = this.optionActions.get(optionString);
            if (next === undefined) throw new ArgumentError(action, `ignored explicit argument ${this.repr(explicit)}`);
            action = next;
            explicit = explicit.slice(1) || null;
          } else if (count === 1) {
            stop = start + 1;
            tuples.push([action, [explicit], optionString]);
            break;
          } else {
            throw new ArgumentError(action, `ignored explicit argument ${this.repr(explicit)}`);
          }
        } else {
          const from = start + 1;
          const count = this.matchArgument(action, pattern.slice(from));
          stop = from + count;
          tuples.push([action, argStrings.slice(from, stop), optionString]);
          break;
        }
      }
      for (const [a, strings, opt] of tuples) takeAction(a, strings, opt);
      return stop;
    };

    let positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    const consumePositionals = (start: number): number => {
      const counts = this.matchPartial(positionals, pattern.slice(start));
      for (let i = 0; i < counts.length; i++) {
        const strings = argStrings.slice(start, start + counts[i]!);
        start += counts[i]!;
        takeAction(positionals[i]!, strings, null);
      }
      positionals = positionals.slice(counts.length);
      return start;
    };

    let start = 0;
    const maxOption = optionIndices.size > 0 ? Math.max(...optionIndices.keys()) : -1;
    while (start <= maxOption) {
      const nextOption = Math.min(...[...optionIndices.keys()].filter((i) => i >= start));
      if (start !== nextOption) {
        const end = consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!optionIndices.has(start)) {
        extras.push(...argStrings.slice(start, nextOption));
        start = nextOption;
      }
      start = consumeOptional(start);
    }
    const stop = consumePositionals(start);
    extras.push(...argStrings.slice(stop));

    const required: string[] = [];
    for (const a of this.actions) {
      if (seen.has(a)) continue;
      if (a.required) required.push(actionName(a)!);
      else if (typeof a.default === 'string' && ns[a.dest] === a.default) {
        // String defaults are converted only when the argument was not given.
        ns[a.dest] = this.getValue(a, a.default);
      }
    }
    if (required.length > 0) this.error(`the following arguments are required: ${required.join(', ')}`);
    return extras;
  }

  // CPython: _get_values
  private getValues(a: Action, strings: string[]): unknown {
    const dash = strings.indexOf('--');
    if (dash >= 0) strings.splice(dash, 1);
    if (strings.length === 0 && a.nargs === '?') {
      let value = a.optionStrings.length > 0 ? a.const : a.default;
      if (typeof value === 'string') {
        value = this.getValue(a, value);
        this.checkValue(a, value);
      }
      return value;
    }
    if (strings.length === 1 && (a.nargs === null || a.nargs === '?')) {
      const value = this.getValue(a, strings[0]!);
      this.checkValue(a, value);
      return value;
    }
    return strings.map((s) => this.getValue(a, s));
  }

  // CPython: _get_value
  private getValue(a: Action, s: string): unknown {
    if (a.type === null) return s;
    try {
      return a.type(s);
    } catch (e) {
      if (e instanceof ArgumentTypeError) throw new ArgumentError(a, e.message);
      if (e instanceof ArgumentValueError) throw new ArgumentError(a, `invalid ${a.typeName} value: ${this.repr(s)}`);
      throw e;
    }
  }

  // CPython: _check_value
  private checkValue(a: Action, value: unknown): void {
    if (a.choices !== null && !a.choices.includes(value as string)) {
      const choices = a.choices.map((c) => this.repr(c)).join(', ');
      throw new ArgumentError(a, `invalid choice: ${this.repr(String(value))} (choose from ${choices})`);
    }
  }

  private perform(a: Action, ns: Record<string, unknown>, value: unknown, _optionString: string | null): void {
    switch (a.kind) {
      case 'help':
        throw new ArgparseExit(0, this.formatHelp(), '');
      case 'store':
        ns[a.dest] = value;
        return;
      case 'store_true':
      case 'store_false':
        ns[a.dest] = a.const;
        return;
    }
  }

  // ---- help formatting (CPython: HelpFormatter) ----

  private get width(): number {
    return this.columns - 2;
  }

  // CPython: _metavar_formatter, _format_args
  private formatArgs(a: Action, dflt: string): string {
    const metavar = a.metavar ?? (a.choices !== null ? `{${a.choices.join(',')}}` : dflt);
    return a.nargs === '?' ? `[${metavar}]` : metavar;
  }

  // CPython: _format_action_invocation
  private invocation(a: Action): string {
    if (a.optionStrings.length === 0) return a.metavar ?? a.dest;
    if (a.nargs === 0) return a.optionStrings.join(', ');
    const args = this.formatArgs(a, a.dest.toUpperCase());
    return a.optionStrings.map((s) => `${s} ${args}`).join(', ');
  }

  // CPython: _format_actions_usage (no groups)
  private actionsUsage(actions: Action[]): string {
    const parts = actions.map((a) => {
      if (a.optionStrings.length === 0) return this.formatArgs(a, a.dest);
      const part = a.nargs === 0 ? a.optionStrings[0]! : `${a.optionStrings[0]} ${this.formatArgs(a, a.dest.toUpperCase())}`;
      return a.required ? part : `[${part}]`;
    });
    return parts
      .join(' ')
      .replace(/([[(]) /g, '$1')
      .replace(/ ([\])])/g, '$1')
      .replace(/[[(] *[\])]/g, '')
      .trim();
  }

  // CPython: HelpFormatter._format_usage, returns "usage: ...\n\n"
  private usageSection(): string {
    const prefix = 'usage: ';
    const prog = this.prog;
    const optionals = this.actions.filter((a) => a.optionStrings.length > 0);
    const positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    let usage = [prog, this.actionsUsage([...optionals, ...positionals])].filter((s) => s !== '').join(' ');
    const textWidth = Math.max(this.width, 11);
    if (prefix.length + usage.length > textWidth) {
      const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
      const optParts = this.actionsUsage(optionals).match(partRe) ?? [];
      const posParts = this.actionsUsage(positionals).match(partRe) ?? [];
      const getLines = (parts: string[], indent: string, pfx: string | null = null): string[] => {
        const lines: string[] = [];
        let line: string[] = [];
        let lineLen = pfx !== null ? pfx.length - 1 : indent.length - 1;
        for (const part of parts) {
          if (lineLen + 1 + part.length > textWidth && line.length > 0) {
            lines.push(indent + line.join(' '));
            line = [];
            lineLen = indent.length - 1;
          }
          line.push(part);
          lineLen += part.length + 1;
        }
        if (line.length > 0) lines.push(indent + line.join(' '));
        if (pfx !== null) lines[0] = lines[0]!.slice(indent.length);
        return lines;
      };
      let lines: string[];
      if (prefix.length + prog.length <= 0.75 * textWidth) {
        const indent = ' '.repeat(prefix.length + prog.length + 1);
        if (optParts.length > 0) {
          lines = getLines([prog, ...optParts], indent, prefix);
          lines.push(...getLines(posParts, indent));
        } else if (posParts.length > 0) {
          lines = getLines([prog, ...posParts], indent, prefix);
        } else {
          lines = [prog];
        }
      } else {
        const indent = ' '.repeat(prefix.length);
        lines = getLines([...optParts, ...posParts], indent);
        if (lines.length > 1) lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
        lines = [prog, ...lines];
      }
      usage = lines.join('\n');
    }
    return `${prefix}${usage}\n\n`;
  }

  // CPython: ArgumentParser.format_usage
  formatUsage(): string {
    return finishHelp('\n' + this.usageSection() + '\n');
  }

  // CPython: ArgumentParser.format_help with the default "positional arguments" and
  // "options" groups.
  formatHelp(): string {
    const indentStep = 2;
    const maxHelpPosition = Math.min(24, Math.max(this.width - 20, indentStep * 2));
    let maxLen = 0;
    for (const a of this.actions) maxLen = Math.max(maxLen, this.invocation(a).length + indentStep);

    const formatAction = (a: Action): string => {
      const indent = indentStep;
      const helpPosition = Math.min(maxLen + 2, maxHelpPosition);
      const helpWidth = Math.max(this.width - helpPosition, 11);
      const actionWidth = helpPosition - indent - 2;
      let header = this.invocation(a);
      let indentFirst = 0;
      if (a.help === null || a.help === '') header = ' '.repeat(indent) + header + '\n';
      else if (header.length <= actionWidth) header = ' '.repeat(indent) + header.padEnd(actionWidth) + '  ';
      else {
        header = ' '.repeat(indent) + header + '\n';
        indentFirst = helpPosition;
      }
      const parts = [header];
      if (a.help !== null && a.help.trim() !== '') {
        const lines = wrap(a.help.replace(/\s+/g, ' ').trim(), helpWidth);
        parts.push(' '.repeat(indentFirst) + lines[0] + '\n');
        for (const line of lines.slice(1)) parts.push(' '.repeat(helpPosition) + line + '\n');
      } else if (!header.endsWith('\n')) {
        parts.push('\n');
      }
      return parts.join('');
    };

    const section = (title: string, actions: Action[]): string => {
      const body = actions.map(formatAction).join('');
      return body === '' ? '' : `\n${title}:\n${body}\n`;
    };
    const positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    const optionals = this.actions.filter((a) => a.optionStrings.length > 0);
    const text = '\n' + this.usageSection() + section('positional arguments', positionals) + section('options', optionals) + '\n';
    return finishHelp(text);
  }
}

// CPython: HelpFormatter.format_help's clean-up of blank lines
function finishHelp(text: string): string {
  return text.replace(/\n\n\n+/g, '\n\n').replace(/^\n+|\n+$/g, '') + '\n';
}

/**
 * textwrap.wrap(text, width) for text whose whitespace is already collapsed. Unlike
 * textwrap it does not split words at hyphens; none of the served help texts has one.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (word.length > width) {
      // textwrap breaks a word longer than the width to fill the current line.
      const room = line === '' ? width : width - line.length - 1;
      if (room <= 0) {
        lines.push(line);
        line = '';
        continue;
      }
      const head = word.slice(0, room);
      lines.push(line === '' ? head : `${line} ${head}`);
      line = '';
      word = word.slice(room);
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Python's int(str) for base-10 ASCII digits (sign, underscores, surrounding whitespace). */
export function parsePyInt(s: string): number {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  if (m === null) throw new ArgumentValueError(s);
  const n = Number(m[2]!.replaceAll('_', ''));
  return m[1] === '-' ? -n : n;
}

/**
 * bakeoff's command line, on commander: each verb's flags are declared once, and the same
 * declarations parse argv, generate `--help` and suggest the nearest verb or flag for a typo.
 */
import { Command, CommanderError, Option } from 'commander'
import { comparisonFileFormats } from '../app/compare.js'
import { OPTION_RULES } from '../config/options.js'
import { TOOL_VERSION } from '../config/version.js'
import { EXIT, reportUserError, type Io } from './common.js'

// Each verb's module is loaded when it runs: `compare` never loads the Docker client (its start-up
// measured 71 MB instead of 78 MB resident).

const BUILD_HELP = "build Harbor tasks' images from environment/Dockerfile even where task.toml names a docker_image (Harbor's force-build)"

const expects = (rule: { expected: string }) => rule.expected.replace(/^must (be )?/, '')

function suiteAndProfile(cmd: Command): Command {
  return cmd.requiredOption('--suite <file>', 'the suite YAML file').requiredOption('--profile <file>', 'the profile YAML file (profiles/<name>.yml)')
}

function runShape(cmd: Command): Command {
  return cmd
    .option('--trials <n>', `trials per task, overriding the suite (${expects(OPTION_RULES.trials)})`)
    .option('--concurrency <auto|n>', 'trials at once: auto packs them to the host by guaranteed memory and CPU', 'auto')
    .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
    .option('--allow-missing-images', 'run even when images are missing; their trials count as error/image')
    .option('--agent <oracle>', "run each Harbor task's own solution/solve.sh as the agent, instead of the suite's")
    .option('--build', BUILD_HELP)
}

function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = new Command('bakeoff')
    .description('Run an agent task suite under production caps and gate on honest paired statistics.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
    .exitOverride()
  const verb = (name: string) =>
    program
      .command(name)
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
      .showSuggestionAfterError(true)

  suiteAndProfile(verb('validate').description('check a suite and a profile, and (when an engine answers) images, variables and limits'))
    .option('--allow-missing-images', 'do not count images missing from the engine as a problem')
    .action(async (flags) => done(await (await import('./validate.js')).validateCommand(flags, io)))

  runShape(suiteAndProfile(verb('run').description('run the suite under the profile; progress on stderr')))
    .requiredOption('--out <file>', 'where to write the results (bakeoff.results/v1)')
    .option('--multiplier <x|uncapped>', `scale the profile's ceilings (${expects(OPTION_RULES.multiplier)})`, '1')
    .option('--events <file>', 'the JSONL events file (default: <out>.events.jsonl)')
    .option('--resume', 'continue the run recorded in the events file')
    .option('--shard <i/n>', 'run only shard i of n (tasks balanced by cost)')
    .option('--shard-durations <file>', 'an earlier results file whose trial durations balance the shards')
    .action(async (flags) => done(await (await import('./run.js')).runCommand(flags, io)))

  const compare = verb('compare')
    .description('compare base and head results: verdict, report, exit 1 when the gate fails')
    .requiredOption('--base <file>', 'base results file')
    .requiredOption('--head <file>', 'head results file')
  for (const { name, help } of comparisonFileFormats) compare.option(`--${name} <file>`, help)
  compare
    .option('--alpha <a>', `significance level (${expects(OPTION_RULES.alpha)})`, '0.05')
    .option('--max-drop <d>', `smallest drop that is a regression (${expects(OPTION_RULES.fraction)})`, '0.03')
    .option('--max-infra-error-rate <r>', `head infra-error rate that fails the gate (${expects(OPTION_RULES.fraction)})`, '0.03')
    .option('--fail-on-inconclusive', 'also fail when the verdict is inconclusive')
    .option('--max-cost-increase <limits>', 'fail on a significant cost increase: 20% (every metric) or time=10%,cost_usd=20%')
    .option('--run-url <url>', 'link the report to this run')
    .action(async (flags) => done(await (await import('./compare.js')).compareCommand(flags, io)))

  verb('merge')
    .description('join the shards of one run into one results file')
    .argument('<results...>', 'the shard results files')
    .requiredOption('--out <file>', 'the merged results file')
    .action(async (files: string[], flags) => done(await (await import('./merge.js')).mergeCommand(files, flags, io)))

  const imports = verb('import').description("read another harness's results into a results file that compare and rank take")
  imports
    .command('harbor')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
    .showSuggestionAfterError(true)
    .description("a Harbor job directory (jobs/<job name>): each trial's result.json; caps recorded as declared, not enforced by bakeoff")
    .argument('<job-dir>', 'the job directory Harbor wrote')
    .requiredOption('--out <file>', 'where to write the results (bakeoff.results/v1)')
    .option('--candidate <name>', 'record the job as this candidate, for bakeoff rank --from (one import per agent)')
    .action(async (jobDir: string, flags) => done(await (await import('./import.js')).importHarborCommand(jobDir, flags, io)))

  runShape(suiteAndProfile(verb('sweep').description('run the suite at several multipliers, interleaved; table and charts')))
    .addOption(new Option('--multipliers <list>', `e.g. 1,2,3,uncapped (${expects(OPTION_RULES.multipliers)})`).makeOptionMandatory())
    .requiredOption('--out <dir>', 'the directory for the table, charts and results')
    .action(async (flags) => done(await (await import('./sweep.js')).sweepCommand(flags, io)))

  verb('rank')
    .description("rank candidate agents (the suite's candidates) under the same caps, interleaved; where the ranking flips uncapped")
    .option('--suite <file>', 'the suite YAML file, with candidates')
    .option('--profile <file>', 'the profile YAML file (profiles/<name>.yml)')
    .option('--candidates <names>', 'only these comma-separated candidates (default: all the suite declares)')
    .option('--multipliers <list>', 'the multipliers to rank at, e.g. 1,uncapped (production caps and none)', '1,uncapped')
    .requiredOption('--out <dir>', 'the directory for ranking.md, ranking.svg, ranking.json and the results')
    .option('--from <results...>', 'rank these results files of a ranking run (e.g. shards joined by bakeoff merge) instead of running')
    .option('--alpha <a>', `family-wise significance level (${expects(OPTION_RULES.alpha)})`, '0.05')
    .option('--trials <n>', `trials per task, overriding the suite (${expects(OPTION_RULES.trials)})`)
    .option('--concurrency <auto|n>', 'trials at once: auto packs them to the host by guaranteed memory and CPU', 'auto')
    .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
    .option('--shard <i/n>', 'run only shard i of n (the same tasks for every candidate)')
    .option('--resume', 'continue the ranking run recorded in the events files of --out')
    .option('--allow-missing-images', 'run even when images are missing; their trials count as error/image')
    .option('--build', BUILD_HELP)
    .option('--incumbent <name>', 'the candidate in production now: the gates below compare with it at 1x')
    .option('--fail-if-incumbent-beaten', 'exit 1 when a candidate is significantly better than the incumbent')
    .option('--fail-if-worse-than-incumbent <names>', 'exit 1 when one of these candidates is significantly worse than the incumbent')
    .action(async (flags) => done(await (await import('./rank.js')).rankCommand(flags, io)))

  verb('plan')
    .description('size a gate from a base run: tasks × trials that detect a drop, and the MDE as the suite stands')
    .requiredOption('--base <file>', 'a results file of the base (its per-task rates drive the simulation)')
    .option('--mde <drop>', 'the drop to detect, in points (5pts) or as a fraction (0.05)', '5pts')
    .option('--alpha <a>', 'significance level', '0.05')
    .option('--power <p>', 'the power wanted', '0.8')
    .option('--max-drop <d>', "the gate's max-drop: it fails only on a drop at least this large (fraction)", '0.03')
    .action(async (flags) => done(await (await import('./plan.js')).planCommand(flags, io)))

  verb('build')
    .description("build the images of the suite's Harbor tasks (cached by their build context; run does this too)")
    .requiredOption('--suite <file>', 'the suite YAML file')
    .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
    .option('--force', 'rebuild even when an image of the same build context exists')
    .option('--build', 'also the Harbor tasks that name a docker_image and hold an environment/Dockerfile, as run --build builds them')
    .option('--build-concurrency <n>', 'builds at once', '2')
    .action(async (flags) => done(await (await import('./build.js')).buildCommand(flags, io)))

  return program
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(io, (c) => (code = c))
  if (argv.length === 0) {
    program.outputHelp({ error: true })
    return EXIT.badInput
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badInput
    const userCode = reportUserError(err, io.stderr)
    if (userCode !== undefined) return userCode
    io.stderr(`bakeoff: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
    return EXIT.failed
  }
}

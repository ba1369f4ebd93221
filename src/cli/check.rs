//! `tact check`: read the inputs, check them in parallel batches, print in input order.
//! Inputs are processed in batches so that an .mbox archive of any size is streamed:
//! memory holds one batch of messages at a time.

use super::linters::{CliRules, Linters};
use super::{fail, CheckArgs, ColorChoice, Format, LangChoice, EXIT_ERROR, EXIT_FINDINGS};
use crate::document::CustomerMessage;
use crate::input::{self, decode::decode, email, mbox, thread, Input, Level, Problem};
use crate::report::audit::{Audit, AuditFormat};
use crate::report::{compact::Compact, github::Github, human::Human, json::Json, jsonl::Jsonl, sarif::Sarif};
use crate::report::{Reporter, Summary};
use crate::{Document, FileReport, Options, Skip, Tuning};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::sync::Arc;

/// Documents per parallel batch.
const BATCH: usize = 512;

/// One unit of work: an input to read, or one message of an archive.
enum Work {
    Input(Input),
    Message { name: String, index: usize, bytes: Vec<u8> },
}

/// What happened to one unit of work.
#[derive(Default)]
pub(super) struct Outcome {
    pub(super) report: Option<FileReport>,
    /// The HTML version of a message that also has a text version.
    pub(super) version: Option<FileReport>,
    problems: Vec<Problem>,
    /// Fixes applied (--fix) or available (--diff).
    fixes: usize,
    /// The unified diff of the fixes (--diff).
    diff: Option<String>,
}

impl Outcome {
    fn problem(p: Problem) -> Outcome {
        Outcome {
            problems: vec![p],
            ..Outcome::default()
        }
    }
}

/// `--fix` writes the fixes; `--diff` shows them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FixMode {
    Write,
    Diff,
}

/// What checking one unit of work needs (shared by the worker threads).
struct Worker<'a> {
    linters: &'a Linters,
    customer: Option<Arc<CustomerMessage>>,
    max_bytes: u64,
    fix: Option<FixMode>,
}

struct Run<'a> {
    worker: Worker<'a>,
    reporter: Box<dyn Reporter>,
    out: std::io::StdoutLock<'static>,
    summary: Summary,
    skipped: usize,
    errors: bool,
    broken_pipe: bool,
    /// Fixes applied or available, and in how many files.
    fixes: usize,
    fixed_files: usize,
    baseline: Option<super::baseline::Baseline>,
    /// Findings to record with --write-baseline.
    record: Option<Vec<super::baseline::Entry>>,
    progress: Option<Progress>,
}

/// A progress line on stderr for audits: only when stderr is a terminal, and only once
/// the run has taken longer than a moment.
struct Progress {
    start: std::time::Instant,
    bar: Option<indicatif::ProgressBar>,
    done: u64,
}

impl Progress {
    fn new() -> Option<Progress> {
        std::io::stderr().is_terminal().then(|| Progress {
            start: std::time::Instant::now(),
            bar: None,
            done: 0,
        })
    }

    fn add(&mut self, n: usize) {
        self.done += n as u64;
        if self.bar.is_none() && self.start.elapsed() > std::time::Duration::from_millis(500) {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {pos} messages checked ({per_sec})") {
                bar.set_style(style);
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Run<'_> {
    fn problem(&mut self, p: &Problem) {
        eprintln!("{p}");
        self.errors |= p.level == Level::Error;
    }

    /// Check a batch in parallel and report it in order.
    fn flush(&mut self, batch: &mut Vec<Work>) {
        let worker = &self.worker;
        let outcomes: Vec<Outcome> = batch.par_drain(..).map(|w| worker.process(w)).collect();
        let diff_only = self.worker.fix == Some(FixMode::Diff);
        if let Some(p) = &mut self.progress {
            p.add(outcomes.len());
        }
        let mut outcomes = outcomes;
        super::versions::annotate(&mut outcomes);
        for o in outcomes {
            for p in &o.problems {
                self.problem(p);
            }
            if o.fixes > 0 {
                self.fixes += o.fixes;
                self.fixed_files += 1;
            }
            if let Some(d) = &o.diff {
                if !self.broken_pipe && self.out.write_all(d.as_bytes()).is_err() {
                    self.broken_pipe = true;
                }
            }
            if o.report.is_none() {
                self.skipped += 1;
            }
            for mut r in o.report.into_iter().chain(o.version) {
                if let Some(record) = &mut self.record {
                    record.extend(super::baseline::entries(&r));
                }
                if let Some(b) = &mut self.baseline {
                    b.filter(&mut r);
                }
                self.summary.add(&r);
                if !diff_only && !self.broken_pipe && self.reporter.file(&mut self.out, &r).is_err() {
                    self.broken_pipe = true;
                }
            }
        }
    }
}

impl Worker<'_> {
    fn process(&self, work: Work) -> Outcome {
        let mut html = None;
        let (name, parsed) = match work {
            Work::Message { name, index, bytes } => {
                let parsed = email::parse(&name, &bytes, Some(index));
                let parsed = parsed
                    .map(|p| {
                        html = p.html;
                        (p.document, p.warning.map(|w| Problem::warning(&name, w)))
                    })
                    .map_err(|m| Problem::error(&name, m));
                (name, parsed)
            }
            Work::Input(input) => {
                let name = input.name();
                let bytes = match input::read_bytes(&input, self.max_bytes) {
                    Ok(b) => b,
                    Err(p) => return Outcome::problem(p),
                };
                let parsed = self.document(&name, &bytes, &mut html);
                if let (Input::File(path), Some(mode), Ok((doc, None))) = (&input, self.fix, &parsed) {
                    if !doc.decoded {
                        return self.fix(path, &bytes, doc, mode);
                    }
                }
                (name.clone(), parsed)
            }
        };
        let (mut doc, note) = match parsed {
            Ok(d) => d,
            Err(p) => return Outcome::problem(p),
        };
        let problems: Vec<Problem> = note.into_iter().collect();
        if doc.customer.is_none() {
            doc.customer = self.customer.clone();
        }
        let mut outcome = self.check(&doc, &name, problems);
        if let Some(mut h) = html {
            h.customer = doc.customer.clone();
            let name = h.name.clone();
            let other = self.check(&h, &name, Vec::new());
            outcome.version = other.report;
            outcome.problems.extend(other.problems);
        }
        outcome
    }

    fn check(&self, doc: &Document, name: &str, mut problems: Vec<Problem>) -> Outcome {
        // the configuration in force: the file's own folder, or the archive's
        let path = match &doc.message {
            Some(m) if m.index.is_some() => name.rsplit_once('#').map(|(p, _)| p),
            _ => (name != "<stdin>").then_some(name),
        };
        let linter = match self.linters.for_path(path.map(std::path::Path::new)) {
            Ok(l) => l,
            Err(p) => {
                problems.extend(p);
                return Outcome {
                    problems,
                    ..Outcome::default()
                };
            }
        };
        match linter.check(doc) {
            Ok(report) => Outcome {
                report: Some(report),
                problems,
                ..Outcome::default()
            },
            Err(skip) => {
                problems.push(match skip {
                    Skip::UnknownChannel => Problem::note(name, skip.to_string()),
                    Skip::BadHeader(_) | Skip::Rules(_) => Problem::error(name, skip.to_string()),
                });
                Outcome {
                    problems,
                    ..Outcome::default()
                }
            }
        }
    }

    /// Check a plain UTF-8 file and apply (or show) its fixes. The file is rewritten
    /// atomically, only when something changes; the report is then of the fixed text.
    fn fix(&self, path: &std::path::Path, bytes: &[u8], doc: &Document, mode: FixMode) -> Outcome {
        let name = doc.name.clone();
        let mut doc = doc.clone();
        if doc.customer.is_none() {
            doc.customer = self.customer.clone();
        }
        let outcome = self.check(&doc, &name, Vec::new());
        let Some(report) = &outcome.report else {
            return outcome;
        };
        let (fixed, count) = crate::fix::apply(&doc.text, &report.diagnostics);
        if count == 0 {
            return outcome;
        }
        if mode == FixMode::Diff {
            return Outcome {
                diff: Some(crate::fix::diff(&name, &doc.text, &fixed)),
                fixes: count,
                ..outcome
            };
        }
        let bom: &[u8] = if bytes.starts_with(b"\xEF\xBB\xBF") {
            b"\xEF\xBB\xBF"
        } else {
            b""
        };
        if let Err(e) = crate::fix::write::atomic(path, &[bom, fixed.as_bytes()].concat()) {
            let mut outcome = outcome;
            outcome
                .problems
                .push(Problem::error(&name, format!("not fixed, file left as it was: {e}")));
            return outcome;
        }
        doc.text = fixed;
        Outcome {
            fixes: count,
            ..self.check(&doc, &name, Vec::new())
        }
    }

    /// Turn one file's bytes into a document: an .eml message, a thread file, or text.
    fn document(
        &self,
        name: &str,
        bytes: &[u8],
        html: &mut Option<Document>,
    ) -> Result<(Document, Option<Problem>), Problem> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".eml") {
            let mut parsed = email::parse(name, bytes, None).map_err(|m| Problem::error(name, m))?;
            *html = parsed.html.take();
            return Ok((parsed.document, parsed.warning.map(|w| Problem::warning(name, w))));
        }
        let (text, note) = decode(name, bytes)?;
        if lower.ends_with(".json") {
            let doc = thread::parse(name, &text).map_err(|m| Problem::error(name, m))?;
            return Ok((doc, note));
        }
        Ok((Document::new(name, text), note))
    }
}

/// A few small drafts (stdin, a file or two) are answered sooner with matchers that
/// compile cheaply; folders, archives and large files are checked faster with matchers
/// that took longer to build (see `language::ascii_regex`).
fn tuning_for(paths: &[String]) -> Tuning {
    const FEW: usize = 8;
    const SMALL: u64 = 1 << 20;
    if paths.len() > FEW {
        return Tuning::Throughput;
    }
    let mut total = 0u64;
    for p in paths {
        if p == "-" {
            continue;
        }
        let archive = p.to_ascii_lowercase().ends_with(".mbox");
        match std::fs::metadata(p) {
            Ok(m) if m.is_file() && !archive => total += m.len(),
            _ => return Tuning::Throughput,
        }
    }
    if total <= SMALL {
        Tuning::Latency
    } else {
        Tuning::Throughput
    }
}

/// `tact audit`: the same run, summarized.
pub fn audit(args: super::AuditArgs) -> i32 {
    let format = match args.check.format {
        Format::Human => AuditFormat::Text,
        Format::Json => AuditFormat::Json,
        other => {
            return fail(format!(
                "tact audit prints a summary: --format human or json, not {other:?}"
            ))
        }
    };
    let audit = Audit {
        format,
        html: args.html.clone(),
        totals: Default::default(),
        rows: Vec::new(),
        titles: Default::default(),
    };
    run_with(args.check, Some(audit))
}

pub fn run(args: CheckArgs) -> i32 {
    run_with(args, None)
}

fn run_with(args: CheckArgs, audit: Option<Audit>) -> i32 {
    if let Some(n) = args.threads {
        // the global pool can be set once; a second attempt (tests in one process) is moot
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    let mut options = Options {
        channel: args.channel,
        lang: match args.lang {
            LangChoice::Auto => None,
            LangChoice::Fixed(l) => Some(l),
        },
        ..Options::default()
    };
    if let Some(today) = args.today {
        options.today = Some(today);
    }
    options.tuning = tuning_for(&args.paths);
    let cli = CliRules {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        rule_dirs: args.rule_options.rules.clone(),
    };
    let linters = match Linters::new(options, cli, args.rule_options.config.as_deref()) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let linter = linters.any();
    let (inputs, problems) = input::walk::expand(&args.paths);
    if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
        return fail("`-` (stdin) can be given only once");
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let progress = audit.is_some() && audit.as_ref().is_some_and(|a| a.format == AuditFormat::Text);
    let reporter: Box<dyn Reporter> = match (audit, args.format) {
        (Some(mut a), _) => {
            a.titles = linter.rules().map(|m| (m.id.clone(), m.title.clone())).collect();
            Box::new(a)
        }
        (None, format) => match format {
            Format::Human => Box::new(Human { color }),
            Format::Json => Box::<Json>::default(),
            Format::Jsonl => Box::new(Jsonl),
            Format::Sarif => Box::new(Sarif::new(linter.rules().filter(|m| linter.is_enabled(m)))),
            Format::Github => Box::new(Github),
            Format::Compact => Box::new(Compact),
        },
    };
    let mut run = Run {
        worker: Worker {
            linters: &linters,
            customer: None,
            max_bytes: args.max_file_size,
            fix: if args.diff {
                Some(FixMode::Diff)
            } else if args.fix {
                Some(FixMode::Write)
            } else {
                None
            },
        },
        reporter,
        out: std::io::stdout().lock(),
        summary: Summary::default(),
        skipped: 0,
        errors: false,
        broken_pipe: false,
        fixes: 0,
        fixed_files: 0,
        baseline: None,
        record: args.write_baseline.as_ref().map(|_| Vec::new()),
        progress: if progress { Progress::new() } else { None },
    };
    if let Some(path) = &args.baseline {
        match super::baseline::Baseline::load(path) {
            Ok(b) => run.baseline = Some(b),
            Err(m) => return fail(m),
        }
    }
    for p in &problems {
        run.problem(p);
    }
    if let Some(path) = &args.reply_to {
        match read_customer(path, args.max_file_size) {
            Ok(c) => run.worker.customer = Some(Arc::new(c)),
            Err(p) => run.problem(&p),
        }
    }

    let mut batch: Vec<Work> = Vec::with_capacity(BATCH);
    for input in inputs {
        match &input {
            Input::File(path) if mbox::is_mbox(path) => {
                let archive = input.name();
                match mbox::messages(path) {
                    Err(e) => run.problem(&Problem::error(&archive, input::io_message(&e))),
                    Ok(messages) => {
                        for m in messages {
                            match m {
                                Ok(m) => batch.push(Work::Message {
                                    name: format!("{archive}#{}", m.index),
                                    index: m.index,
                                    bytes: m.bytes,
                                }),
                                Err(e) => {
                                    run.problem(&Problem::error(&archive, input::io_message(&e)));
                                    break;
                                }
                            }
                            if batch.len() >= BATCH {
                                run.flush(&mut batch);
                            }
                        }
                    }
                }
            }
            _ => batch.push(Work::Input(input)),
        }
        if batch.len() >= BATCH {
            run.flush(&mut batch);
        }
    }
    run.flush(&mut batch);

    if let Some(p) = &mut run.progress {
        p.finish();
    }
    let (summary, skipped) = (run.summary, run.skipped);
    if let (Some(path), Some(record)) = (&args.write_baseline, run.record.take()) {
        let n = record.len();
        match super::baseline::write(path, record) {
            Ok(()) => eprintln!("baseline written to {}: {n} findings", path.display()),
            Err(m) => run.problem(&Problem::error(path.display().to_string(), m)),
        }
    }
    if let Some(b) = &run.baseline {
        if b.hidden > 0 {
            eprintln!("{} findings recorded in the baseline are not shown", b.hidden);
        }
    }
    let finished = if args.diff {
        eprintln!(
            "{} fixes available in {} files (apply them with --fix)",
            run.fixes, run.fixed_files
        );
        run.out.flush()
    } else {
        if args.fix {
            eprintln!("fixed {} problems in {} files", run.fixes, run.fixed_files);
        }
        run.reporter
            .finish(&mut run.out, &summary, skipped)
            .and_then(|_| run.out.flush())
    };
    if run.broken_pipe || finished.is_err() {
        return EXIT_ERROR; // stdout closed (e.g. piped into `head`)
    }
    if run.errors {
        EXIT_ERROR
    } else if args.diff {
        if run.fixes > 0 {
            EXIT_FINDINGS
        } else {
            0
        }
    } else if summary.fails(args.fail_on.severity()) {
        EXIT_FINDINGS
    } else {
        0
    }
}

/// Read a `--reply-to` file.
fn read_customer(path: &std::path::Path, max_bytes: u64) -> Result<CustomerMessage, Problem> {
    let input = Input::File(path.to_path_buf());
    let name = input.name();
    let bytes = input::read_bytes(&input, max_bytes)
        .map_err(|p| Problem::error(&name, format!("--reply-to: {}", p.message)))?;
    thread::customer_message(&name, &bytes).map_err(|m| Problem::error(&name, format!("--reply-to: {m}")))
}

//! `tact check`: read the inputs, check them in parallel, print in input order.

use super::{fail, CheckArgs, ColorChoice, Format, LangChoice, EXIT_ERROR, EXIT_FINDINGS};
use crate::input::{self, decode::decode, Input, Level, Problem};
use crate::report::{human, json, Summary};
use crate::{Document, FileReport, Linter, Options, Skip};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};

/// What happened to one input.
struct Outcome {
    report: Option<FileReport>,
    problems: Vec<Problem>,
}

pub fn run(args: CheckArgs) -> i32 {
    let mut options = Options {
        channel: args.channel,
        lang: match args.lang {
            LangChoice::Auto => None,
            LangChoice::Fixed(l) => Some(l),
        },
        rule_dirs: args.rule_options.rules.clone(),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        ..Options::default()
    };
    if let Some(today) = args.today {
        options.today = today;
    }
    let linter = match Linter::new(options) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let (inputs, mut problems) = input::walk::expand(&args.paths);
    if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
        return fail("`-` (stdin) can be given only once");
    }
    let outcomes: Vec<Outcome> = inputs
        .par_iter()
        .map(|i| check_one(&linter, i, args.max_file_size))
        .collect();

    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let mut summary = Summary::default();
    let mut skipped = 0;
    let mut reports = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in &problems {
        eprintln!("{p}");
    }
    for o in outcomes {
        for p in &o.problems {
            eprintln!("{p}");
        }
        if o.report.is_none() {
            skipped += 1;
        }
        problems.extend(o.problems);
        if let Some(r) = o.report {
            summary.add(&r);
            if args.format == Format::Human {
                let _ = out.write_all(&human::render(&r, color));
            }
            reports.push(r);
        }
    }
    let written = match args.format {
        Format::Human => writeln!(out, "{}", human::summary_line(&summary, skipped)),
        Format::Json => writeln!(out, "{}", json::render(&reports, summary)),
    };
    if written.and_then(|_| out.flush()).is_err() {
        return EXIT_ERROR; // stdout closed (e.g. piped into `head`)
    }
    if problems.iter().any(|p| p.level == Level::Error) {
        EXIT_ERROR
    } else if summary.fails(args.fail_on.severity()) {
        EXIT_FINDINGS
    } else {
        0
    }
}

fn check_one(linter: &Linter, input: &Input, max_bytes: u64) -> Outcome {
    let name = input.name();
    let mut problems = Vec::new();
    let bytes = match input::read_bytes(input, max_bytes) {
        Ok(b) => b,
        Err(p) => {
            return Outcome {
                report: None,
                problems: vec![p],
            }
        }
    };
    let text = match decode(&name, &bytes) {
        Ok((text, note)) => {
            problems.extend(note);
            text
        }
        Err(p) => {
            return Outcome {
                report: None,
                problems: vec![p],
            }
        }
    };
    let doc = Document::new(name.clone(), text);
    match linter.check(&doc) {
        Ok(report) => Outcome {
            report: Some(report),
            problems,
        },
        Err(skip) => {
            let p = match skip {
                Skip::UnknownChannel => Problem::note(name, skip.to_string()),
                Skip::BadHeader(_) | Skip::Rules(_) => Problem::error(name, skip.to_string()),
            };
            problems.push(p);
            Outcome {
                report: None,
                problems,
            }
        }
    }
}

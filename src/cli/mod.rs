//! The `tact` command line: flag parsing (clap) and the subcommands. `main.rs` only
//! calls [`run`] and exits with its code.

/// `println!` that ignores a closed stdout (`tact rules | head`) instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod baseline;
mod check;
mod linters;
mod rules;
mod versions;

use crate::diagnostic::Severity;
use crate::document::Channel;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/I-O error.
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "tact",
    version,
    about = "A fast, multilingual linter for customer correspondence"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check drafts: files, folders (walked recursively) or `-` for stdin.
    Check(CheckArgs),
    /// List the rules: id, channels, languages, severity, description.
    Rules(RulesArgs),
    /// Explain a rule: message, why, source and examples.
    Explain(ExplainArgs),
    /// Run every rule's good and bad examples (built-in and --rules).
    Test(TestArgs),
    /// Write a commented starter tact.toml in the current folder.
    Init(InitArgs),
    /// Summarize saved correspondence (folders, .mbox archives): findings per rule,
    /// channel, language and sender, and the share of messages with no finding.
    Audit(AuditArgs),
}

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    #[command(flatten)]
    pub check: CheckArgs,
    /// Also write a self-contained HTML report (charts, sortable table, every finding).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// Replace an existing tact.toml.
    #[arg(long)]
    pub force: bool,
}

fn init(args: InitArgs) -> i32 {
    let path = std::path::Path::new(crate::config::FILE_NAME);
    if path.exists() && !args.force {
        return fail("tact.toml already exists here (use --force to replace it)");
    }
    match crate::fix::write::atomic(path, crate::config::STARTER.as_bytes()) {
        Ok(()) => {
            eprintln!("wrote tact.toml: uncomment what applies to your organization");
            0
        }
        Err(m) => fail(format!("tact.toml: {m}")),
    }
}

#[derive(clap::Args, Debug, Clone)]
pub struct RuleOptions {
    /// Add the rule files under DIR (same format as the built-in packs). Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Use this configuration file instead of the nearest tact.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads one draft from stdin.
    #[arg(value_name = "PATHS", default_value = ".")]
    pub paths: Vec<String>,
    /// Treat every input as this channel.
    #[arg(long, value_parser = parse_channel)]
    pub channel: Option<Channel>,
    /// Language of the inputs: en, pt, it, tr, or auto to detect per document.
    #[arg(long, default_value = "auto", value_parser = parse_lang_choice)]
    pub lang: LangChoice,
    #[command(flatten)]
    pub rule_options: RuleOptions,
    /// The customer's message the drafts answer (text, .eml or thread JSON), for
    /// email.unanswered-question.
    #[arg(long, value_name = "FILE")]
    pub reply_to: Option<PathBuf>,
    /// The date stale-date rules compare with (YYYY-MM-DD); default: today.
    #[arg(long, value_parser = parse_date)]
    pub today: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// When to colour human output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Only these rules (ids or prefixes such as `tone`), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Leave out these rules (ids or prefixes), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The lowest severity that makes the exit code 1 (may be given again to override).
    #[arg(long, value_enum, default_value = "error", overrides_with = "fail_on")]
    pub fail_on: FailOn,
    /// Apply every fix that has one safe replacement, rewriting files atomically.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Show the fixes --fix would apply as a unified diff; change nothing.
    #[arg(long)]
    pub diff: bool,
    /// Report only findings that FILE (written by --write-baseline) does not record.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Record every finding of this run in FILE, for --baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Check this many files at once (default: one per CPU). Output is the same whatever
    /// the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Files larger than this many bytes are reported and not checked.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_file_size: u64,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    #[command(flatten)]
    pub rule_options: RuleOptions,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: RulesFormat,
    /// Describe the rules in this language (default: English).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<crate::Lang>,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// The rule id, e.g. tone.discourteous.
    pub rule: String,
    /// Show the examples of this language only.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<crate::Lang>,
    #[command(flatten)]
    pub rule_options: RuleOptions,
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    #[command(flatten)]
    pub rule_options: RuleOptions,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    Auto,
    Fixed(crate::Lang),
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
    Compact,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesFormat {
    Table,
    Json,
    /// The team's style guide: every active rule with why, source and examples.
    Markdown,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

impl FailOn {
    pub fn severity(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        }
    }
}

fn parse_channel(s: &str) -> Result<Channel, String> {
    s.parse()
}

fn parse_lang(s: &str) -> Result<crate::Lang, String> {
    s.parse()
}

fn parse_lang_choice(s: &str) -> Result<LangChoice, String> {
    if s.eq_ignore_ascii_case("auto") {
        Ok(LangChoice::Auto)
    } else {
        s.parse().map(LangChoice::Fixed)
    }
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// Run the command line; returns the exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            eprintln!("{}", one_line_usage_error(&e.render().to_string()));
            return EXIT_ERROR;
        }
        Err(e) => {
            let _ = e.print(); // --help, --version
            return 0;
        }
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Rules(args) => rules::list(args),
        Command::Explain(args) => rules::explain(args),
        Command::Test(args) => rules::test(args),
        Command::Init(args) => init(args),
        Command::Audit(args) => check::audit(args),
    }
}

/// Print a one-line error and return the error exit code.
pub(crate) fn fail(message: impl std::fmt::Display) -> i32 {
    eprintln!("error: {message}");
    EXIT_ERROR
}

/// clap's usage errors span several lines; keep them to one, as every other error.
fn one_line_usage_error(rendered: &str) -> String {
    let parts: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .collect();
    format!("{} (see `tact --help`)", parts.join(" "))
}

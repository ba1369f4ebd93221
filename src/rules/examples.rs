//! Running the examples every rule carries: each `bad` text must make the rule fire,
//! each `good` text must not. An example is checked as a document of the rule's first
//! channel, unless it starts with a `channel:` header line (a dialogue example for a
//! rule of every channel says `channel: phone`). Used by the test suite and by `tact test`, so that
//! authors of custom rules can prove theirs too.

use crate::{Document, Lang, Linter, Today};

/// One example that does not behave as its rule says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub lang: Lang,
    pub file: String,
    pub text: String,
    /// true: a bad example did not fire; false: a good example fired.
    pub bad: bool,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.bad {
            "bad example does not fire"
        } else {
            "good example fires"
        };
        write!(
            f,
            "{} [{}] ({}): {what}: {:?}",
            self.rule, self.lang, self.file, self.text
        )
    }
}

/// Check every example of every rule; returns the ones that fail, and the number run.
pub fn run(linter: &Linter) -> (Vec<ExampleFailure>, usize) {
    let mut failures = Vec::new();
    let mut count = 0;
    for meta in linter.rules() {
        let langs: Vec<Lang> = meta.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
        let today = Today::new(
            meta.examples
                .today
                .as_deref()
                .and_then(|t| t.parse().ok())
                .or(linter.options().today),
        );
        let channel = meta.channels[0];
        for lang in langs {
            let cases = meta
                .examples
                .bad
                .iter()
                .map(|t| (t, true))
                .chain(meta.examples.good.iter().map(|t| (t, false)));
            for (text, bad) in cases {
                count += 1;
                // an example may name its channel in a header line ("channel: phone")
                let mut doc = Document::new("<example>", text.as_str()).with_lang(lang);
                if crate::document::front_matter::parse(text).channel.is_none() {
                    doc = doc.with_channel(channel);
                }
                // every rule runs (a suppression needs the rule it silences); only
                // this rule's findings count
                let fired = match linter.check_with(&doc, &today, &|_| true) {
                    Ok(report) => report.diagnostics.iter().any(|d| d.rule == meta.id),
                    Err(_) => false,
                };
                if fired != bad {
                    failures.push(ExampleFailure {
                        rule: meta.id.clone(),
                        lang,
                        file: meta.file.clone(),
                        text: text.clone(),
                        bad,
                    });
                }
            }
        }
    }
    (failures, count)
}

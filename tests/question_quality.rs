//! Precision and recall of `email.unanswered-question` on the labelled pairs in
//! fixtures/questions/<lang>/*.toml. Fails below 0.9 for either, overall and per language.

use serde::Deserialize;
use std::sync::Arc;
use tact::document::CustomerMessage;
use tact::{Channel, Document, Lang, Linter, Options};

#[derive(Deserialize)]
struct Pair {
    customer: String,
    draft: String,
    unanswered: Vec<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[derive(Default, Debug, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

#[test]
fn unanswered_question_precision_and_recall() {
    let linter = Linter::new(Options {
        select: vec!["email.unanswered-question".into()],
        ..Options::default()
    })
    .unwrap();
    let mut total = Counts::default();
    let mut report = Vec::new();
    let mut pairs = 0;
    for lang in Lang::ALL {
        let dir = format!("{}/fixtures/questions/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let mut counts = Counts::default();
        for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
            pairs += 1;
            let pair: Pair = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let customer = Arc::new(CustomerMessage::whole("customer.txt", pair.customer.clone()));
            let doc = Document::new("draft.txt", pair.draft.clone())
                .with_channel(Channel::Email)
                .with_lang(lang)
                .with_customer(customer);
            let result = linter.check(&doc).unwrap();
            let flagged: Vec<String> = result.diagnostics.iter().map(|d| squash(&d.related[0].quote)).collect();
            let expected: Vec<String> = pair.unanswered.iter().map(|u| squash(u)).collect();
            let tp = expected
                .iter()
                .filter(|e| flagged.iter().any(|f| f.contains(e.as_str())))
                .count();
            let fp = flagged
                .iter()
                .filter(|f| !expected.iter().any(|e| f.contains(e.as_str())))
                .count();
            let fn_ = expected.len() - tp;
            if fp + fn_ > 0 {
                report.push(format!(
                    "{}: flagged {flagged:?}, expected {expected:?}",
                    path.display()
                ));
            }
            counts.tp += tp;
            counts.fp += fp;
            counts.fn_ += fn_;
        }
        println!(
            "{lang}: precision {:.2}, recall {:.2} ({counts:?})",
            counts.precision(),
            counts.recall()
        );
        assert!(
            counts.precision() >= 0.9 && counts.recall() >= 0.9,
            "{lang}: {counts:?}\n{}",
            report.join("\n")
        );
        total.tp += counts.tp;
        total.fp += counts.fp;
        total.fn_ += counts.fn_;
    }
    println!(
        "all: precision {:.2}, recall {:.2} ({total:?}) on {pairs} pairs",
        total.precision(),
        total.recall()
    );
    for r in &report {
        println!("  {r}");
    }
    assert!(pairs >= 60, "only {pairs} labelled pairs");
    assert!(total.precision() >= 0.9, "precision {:.2}", total.precision());
    assert!(total.recall() >= 0.9, "recall {:.2}", total.recall());
}

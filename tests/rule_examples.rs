//! Every rule's examples: bad texts fire, good ones don't (all languages, one test).

use tact::rules::examples;
use tact::{Linter, Options, Tuning};

/// Run every example with `linter`; fail with the list of those that do not hold.
fn assert_examples_hold(linter: &Linter) {
    let (failures, count) = examples::run(linter);
    let listing: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} of {count} examples fail:\n{}",
        failures.len(),
        listing.join("\n")
    );
    assert!(count >= 50, "only {count} examples ran");
}

#[test]
fn every_rule_example_holds() {
    let linter = Linter::new(Options::default()).unwrap();
    assert_examples_hold(&linter);
    // every rule carries at least one bad and one good example
    for m in linter.rules() {
        assert!(!m.examples.bad.is_empty(), "{} ({:?}) has no bad example", m.id, m.lang);
        assert!(
            !m.examples.good.is_empty(),
            "{} ({:?}) has no good example",
            m.id,
            m.lang
        );
    }
}

/// Matchers built for one draft (cheap to compile) find the same as those built for many.
#[test]
fn every_rule_example_holds_with_latency_tuning() {
    let linter = Linter::new(Options {
        tuning: Tuning::Latency,
        ..Options::default()
    })
    .unwrap();
    assert_examples_hold(&linter);
}

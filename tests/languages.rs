//! Every built-in rule in every language, the opening sentences natives use, dates in
//! Portuguese, and no tone finding on the professional texts of ../shared/corpus.

mod common;
use common::{rule_ids, tact_stdin};
use std::collections::{BTreeMap, BTreeSet};
use tact::{Channel, Document, Lang, Linter, Options};

#[test]
fn every_english_rule_exists_in_every_language() {
    let linter = Linter::new(Options::default()).unwrap();
    let mut ids: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
    for m in linter.rules() {
        ids.entry(m.lang.expect("built-in rules have a language"))
            .or_default()
            .insert(m.id.clone());
    }
    let en = &ids[&Lang::En];
    assert!(en.len() >= 17, "{en:?}");
    for lang in [Lang::Pt, Lang::It, Lang::Tr] {
        let missing: Vec<&String> = en.difference(&ids[&lang]).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

fn phone(lang: &str, script: &str) -> Vec<String> {
    let run = tact_stdin(
        &[
            "check",
            "--format",
            "json",
            "--channel",
            "phone",
            "--lang",
            lang,
            "--select",
            "phone",
            "-",
        ],
        script,
    );
    rule_ids(&run.json())
}

#[test]
fn native_openings_satisfy_both_opening_rules() {
    let closing = "\nCliente: Obrigado.\nAtendente: Posso ajudar em mais alguma coisa?\n";
    assert_eq!(
        phone("pt", &format!("Atendente: Boa tarde, obrigado por ligar para a Seguradora Atlântico, aqui é o Rafael. Como posso ajudar?{closing}")),
        Vec::<String>::new()
    );
    assert_eq!(
        phone("it", "Operatore: Buonasera, Banca Adriatica, sono Marco. In cosa posso esserle utile?\nCliente: Grazie.\nOperatore: Posso aiutarla in qualcos'altro?\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        phone("tr", "Temsilci: İyi günler, Marmara Elektrik'e hoş geldiniz, ben Can. Size nasıl yardımcı olabilirim?\nMüşteri: Teşekkürler.\nTemsilci: Başka yardımcı olabileceğim bir konu var mı?\n"),
        Vec::<String>::new()
    );
    // without name and organization
    let ids = phone("tr", "Temsilci: Alo, buyurun?\nMüşteri: Faturam yüksek geldi.\nTemsilci: Başka yardımcı olabileceğim bir konu var mı?\n");
    assert!(ids.contains(&"phone.greeting-identity".to_string()), "{ids:?}");
    // language detection picks Turkish by itself
    let run = tact_stdin(
        &["check", "--format", "json", "--channel", "phone", "-"],
        "Temsilci: Alo, buyurun? Faturanızla ilgili bir sorun mu var?\n",
    );
    assert_eq!(run.json()["files"][0]["language"], "tr");
}

#[test]
fn portuguese_voicemail_date_is_stale_only_after_it_passed() {
    let greeting = "Olá, fala a Ana Lima, da Seguradora Atlântico. Estou fora do escritório até 3 de fevereiro de 2026. Deixe a sua mensagem e ligo de volta assim que possível.";
    let on = |today: &str| {
        let run = tact_stdin(
            &[
                "check",
                "--format",
                "json",
                "--channel",
                "voicemail",
                "--today",
                today,
                "-",
            ],
            greeting,
        );
        let json = run.json();
        assert_eq!(json["files"][0]["language"], "pt");
        rule_ids(&json)
    };
    assert_eq!(on("2026-11-30"), ["voicemail.stale-date"]);
    assert_eq!(on("2026-01-10"), Vec::<String>::new());
}

/// The professional texts of the shared corpus (see its README), by folder and file
/// filter: helpdesk, shop and dunning mail, saved replies, call scripts, IVR prompts and
/// the brands' replies to tweets. Left out: the customers' tweets, and the one reply
/// template the corpus keeps as a blunter older wording.
fn corpus_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let mut out = Vec::new();
    for folder in std::fs::read_dir(root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for entry in walk(&folder) {
            let name = entry.file_name().unwrap().to_string_lossy().to_string();
            let wanted = entry.extension().is_some_and(|e| e == "txt")
                && !name.ends_with(".customer.txt")
                && !name.contains("blunt");
            if wanted {
                out.push(entry);
            }
        }
    }
    out.sort();
    out
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn professional_corpus_raises_no_tone_finding() {
    let linter = Linter::new(Options {
        select: vec!["tone".into()],
        ..Options::default()
    })
    .unwrap();
    let files = corpus_files();
    assert!(files.len() > 150, "corpus too small: {}", files.len());
    let mut per_lang: BTreeMap<Lang, usize> = BTreeMap::new();
    let mut findings = Vec::new();
    for path in &files {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let channel = if path.to_string_lossy().contains("phone") || path.to_string_lossy().contains("scripts") {
            Channel::Phone
        } else {
            Channel::Email
        };
        let doc = Document::new(path.display().to_string(), text).with_channel(channel);
        let report = linter.check(&doc).unwrap();
        *per_lang.entry(report.language).or_default() += 1;
        for d in report.diagnostics {
            let quote = &report.text[d.byte_start..d.byte_end];
            findings.push(format!(
                "{}:{}:{} [{}] {quote:?}",
                path.display(),
                d.line,
                d.column,
                d.rule
            ));
        }
    }
    println!("corpus files per detected language: {per_lang:?}");
    assert!(per_lang.len() == 4, "all four languages present: {per_lang:?}");
    assert!(
        findings.is_empty(),
        "{} tone findings:\n{}",
        findings.len(),
        findings.join("\n")
    );
}

#[test]
fn charters_without_a_complaints_contact_are_reported_in_every_language() {
    for lang in ["en", "pt", "it", "tr"] {
        let bad = format!("fixtures/{lang}/charter/bad-no-complaints.charter.md");
        let good = format!("fixtures/{lang}/charter/good-charter.md");
        let run = common::tact(&["check", "--format", "json", "--today", "2026-11-30", &bad, &good]);
        let f = common::findings(&run.json());
        assert_eq!(
            f,
            [(bad.clone(), "charter.complaint-contact".to_string(), 1, 1)],
            "{lang}"
        );
        assert_eq!(run.json()["files"][1]["channel"], "charter");
    }
}

#[test]
fn feedback_invitations_are_opt_in() {
    let draft = "Hi Sam,\n\nYour refund was issued today.\n\nKind regards,\nAna\n";
    let off = tact_stdin(
        &["check", "--format", "json", "--channel", "email", "--lang", "en", "-"],
        draft,
    );
    assert_eq!(rule_ids(&off.json()), Vec::<String>::new());
    let on = tact_stdin(
        &[
            "check",
            "--format",
            "json",
            "--channel",
            "email",
            "--lang",
            "en",
            "--select",
            "email.feedback-invite",
            "-",
        ],
        draft,
    );
    assert_eq!(rule_ids(&on.json()), ["email.feedback-invite"]);
    let invited = "Hi Sam,\n\nYour refund was issued today. We would love to hear your feedback: how did we do?\n\nKind regards,\nAna\n";
    let ok = tact_stdin(
        &[
            "check",
            "--format",
            "json",
            "--channel",
            "email",
            "--lang",
            "en",
            "--select",
            "email.feedback-invite",
            "-",
        ],
        invited,
    );
    assert_eq!(rule_ids(&ok.json()), Vec::<String>::new());
}

#!/usr/bin/env bash
# The pre-commit hook end to end, with the real `pre-commit` tool: a throwaway template
# repository with a bad template is refused, and passes once the template is fixed.
# Needs `pre-commit` (pip install pre-commit) and a committed HEAD in this repository.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
# reuse this checkout's build artifacts where the dependency versions agree
export CARGO_TARGET_DIR="$repo/target/pre-commit"

cd "$work"
git init -q templates && cd templates
git config user.email ci@example.invalid && git config user.name CI
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: tact
YAML
mkdir -p emails
printf 'Dear [CUSTOMER NAME],\n\nYour order has SHIPPED!!\n\nKind regards,\nAcme Support\n' > emails/shipped.txt
# an HTML + Handlebars template: {{first_name}} is expected there, [COMPANY NAME] is not
printf '<p>Hi {{first_name}},</p>\n<p>Welcome to [COMPANY NAME].</p>\n<p>Kind regards,<br>Acme Support</p>\n' > emails/welcome.hbs
git add -A

if pre-commit run --all-files > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"; echo "FAIL: the hook passed a template with [CUSTOMER NAME] and shouting" >&2; exit 1
fi
grep -q 'template.placeholder' "$work/out.txt" || { cat "$work/out.txt"; echo "FAIL: no template.placeholder in the hook output" >&2; exit 1; }
grep -q 'tone.shouting' "$work/out.txt" || { cat "$work/out.txt"; echo "FAIL: no tone.shouting in the hook output" >&2; exit 1; }
grep -q 'emails/welcome.hbs:2:15' "$work/out.txt" || { cat "$work/out.txt"; echo "FAIL: the .hbs template's [COMPANY NAME] is not reported at its own line and column" >&2; exit 1; }

printf 'Dear Ms Lee,\n\nYour order has shipped.\n\nKind regards,\nAcme Support\n' > emails/shipped.txt
printf '<p>Hi {{first_name}},</p>\n<p>Welcome to Acme.</p>\n<p>Kind regards,<br>Acme Support</p>\n' > emails/welcome.hbs
git add -A
if ! pre-commit run --all-files > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"; echo "FAIL: the hook refused the fixed template" >&2; exit 1
fi
echo "pre-commit hook: bad template refused, fixed template passed"

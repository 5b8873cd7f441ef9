// Package analysis is krait's framework for rules over Python code, in
// the style of golang.org/x/tools/go/analysis: a rule is an Analyzer with
// metadata and a run function; analyzers subscribe to node kinds and
// share one walk of each file; files are checked in parallel and the
// findings come out in a deterministic order.
package analysis

import (
	"strings"

	"github.com/krait-dev/krait/internal/finding"
)

// Rule is the metadata of a rule: what `krait rules` lists and
// `krait explain` prints, and what every finding of the rule carries.
type Rule struct {
	ID         string             // stable krait ID, e.g. KRT1602
	Name       string             // kebab-case name, e.g. subprocess-shell-true
	Aliases    []string           // equivalent IDs elsewhere: Bandit (B602), Ruff (S602)
	CWE        []int              // CWE numbers
	Severity   finding.Severity   // default severity
	Confidence finding.Confidence // default confidence
	Summary    string             // one line
	// Doc is the rule's documentation in Markdown with the sections
	// "What it does", "Why is this bad?", "Example", "Use instead" and
	// "References".
	Doc string
}

// DocSections are the headings every rule's Doc must have, in order.
var DocSections = []string{"What it does", "Why is this bad?", "Example", "Use instead", "References"}

// Matches reports whether the rule is named by sel: its ID, name or an
// alias (case-insensitive), a prefix of its ID or of an alias (B6, S60,
// KRT1), or "all".
func (r *Rule) Matches(sel string) bool {
	if strings.EqualFold(sel, "all") || strings.EqualFold(sel, r.Name) {
		return true
	}
	up := strings.ToUpper(sel)
	if strings.HasPrefix(r.ID, up) {
		return true
	}
	for _, a := range r.Aliases {
		if strings.HasPrefix(strings.ToUpper(a), up) {
			return true
		}
	}
	return false
}

// RuleDoc assembles a rule's documentation from its sections, in the
// order of DocSections; the example and what to use instead are code
// blocks.
func RuleDoc(what, why, example, instead, refs string) string {
	return "## What it does\n\n" + what + "\n\n## Why is this bad?\n\n" + why +
		"\n\n## Example\n\n```\n" + example + "\n```\n\n## Use instead\n\n```\n" + instead +
		"\n```\n\n## References\n\n" + refs + "\n"
}

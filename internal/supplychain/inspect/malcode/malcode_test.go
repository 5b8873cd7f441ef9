package malcode_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
)

// combined runs every code rule as one analyzer, so that a testdata file
// states all the findings of a line.
func combined() *analysis.Analyzer {
	all := malcode.Analyzers()
	a := *all[0]
	a.Rule.Name = "malcode-all"
	a.Run = func(p *analysis.Pass, n ast.Node) {
		for _, an := range all {
			an.Run(p, n)
		}
	}
	return &a
}

func TestAnalyzers(t *testing.T) {
	analysistest.Run(t, "testdata", combined())
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestRulesMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range malcode.Rules() {
		if !strings.HasPrefix(r.ID, "KRT6") || len(r.ID) != 7 || seen[r.ID] {
			t.Errorf("bad or duplicate ID %q", r.ID)
		}
		seen[r.ID] = true
		if !kebab.MatchString(r.Name) || seen[r.Name] {
			t.Errorf("%s: bad or duplicate name %q", r.ID, r.Name)
		}
		seen[r.Name] = true
		if r.Severity == 0 || r.Confidence == 0 || r.Summary == "" || r.Technique == "" || r.Weight <= 0 {
			t.Errorf("%s: incomplete metadata", r.ID)
		}
		last := -1
		for _, sec := range analysis.DocSections {
			i := strings.Index(r.Doc, "## "+sec+"\n")
			if i < 0 || i < last {
				t.Errorf("%s: doc section %q missing or out of order", r.ID, sec)
			}
			last = i
		}
		if r.Decisive && r.ContextOnly {
			t.Errorf("%s: a context-only rule cannot be decisive", r.ID)
		}
	}
	for _, a := range malcode.Analyzers() {
		if !seen[a.ID] {
			t.Errorf("analyzer %s has no rule", a.ID)
		}
	}
}

func TestShadowedCommand(t *testing.T) {
	for _, c := range []struct{ script, pkg, want string }{
		{"pip", "pip-tools-extra", "pip"},
		{"pip3.11", "evil", "pip"},
		{"pip", "pip", ""},
		{"pip3", "pip", ""},
		{"git", "gitpython-ext", "git"},
		{"black", "black", ""},
		{"python3", "mytool", "python3"},
		{"mytool", "mytool", ""},
	} {
		if got := malcode.ShadowedCommand(c.script, c.pkg); got != c.want {
			t.Errorf("ShadowedCommand(%q, %q) = %q, want %q", c.script, c.pkg, got, c.want)
		}
	}
}

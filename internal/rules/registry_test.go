package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
)

var (
	idRE   = regexp.MustCompile(`^KRT\d{4}$`)
	nameRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// TestRegistry checks every registered rule's metadata and documentation,
// and that every rule directory is registered.
func TestRegistry(t *testing.T) {
	all := All()
	ids, names := map[string]bool{}, map[string]bool{}
	for _, a := range all {
		if !idRE.MatchString(a.ID) {
			t.Errorf("%s: ID %q is not KRT and four digits", a.Name, a.ID)
		}
		if !nameRE.MatchString(a.Name) {
			t.Errorf("%s: name %q is not kebab-case", a.ID, a.Name)
		}
		if ids[a.ID] || names[a.Name] {
			t.Errorf("%s %s: ID or name used twice", a.ID, a.Name)
		}
		ids[a.ID], names[a.Name] = true, true
		if a.Severity == 0 || a.Confidence == 0 || a.Summary == "" || len(a.CWE) == 0 {
			t.Errorf("%s: severity, confidence, summary and CWE are required", a.ID)
		}
		if len(a.Nodes) == 0 || a.Run == nil {
			t.Errorf("%s: no node kinds or no run function", a.ID)
		}
		last := -1
		for _, sec := range analysis.DocSections {
			i := strings.Index(a.Doc, "## "+sec+"\n")
			if i < 0 {
				t.Errorf("%s: doc lacks the section %q", a.ID, sec)
			} else if i < last {
				t.Errorf("%s: doc section %q out of order", a.ID, sec)
			}
			last = i
		}
	}
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].ID < all[j].ID }) {
		t.Error("All() is not in ID order")
	}
	// Every directory with an analyzer must be registered: its package
	// path must appear in registry.go.
	var reg []byte
	regFiles, _ := filepath.Glob("registry*.go")
	for _, name := range regFiles {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		reg = append(reg, b...)
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "internal" || e.Name() == "testdata" {
			continue
		}
		if !strings.Contains(string(reg), `"github.com/krait-dev/krait/internal/rules/`+e.Name()+`"`) {
			t.Errorf("rule directory %s is not registered in a registry*.go file", e.Name())
		}
	}
}

// Package analysistest runs an analyzer over Python test files whose
// expectations are written as comments, in the style of
// golang.org/x/tools/go/analysis/analysistest:
//
//	os.system(cmd)  # want "command injection"
//	yaml.load(s, Loader=SafeLoader)
//	eval(expr)  # missing "eval of data read from a file"
//
// A `# want "re" "re2"` comment expects, on its line, one finding whose
// message matches each regular expression. A finding no want expects is
// an error, and so is a want no finding matches. `# missing "re"` marks a
// known false negative: it fails once a finding matches it, so that it is
// turned into a want.
package analysistest

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
)

type expectation struct {
	line    int
	re      *regexp.Regexp
	missing bool
	matched bool
}

var expectRE = regexp.MustCompile("#\\s*(want|missing)((?:\\s+(?:\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`))+)")
var quotedRE = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`")

// Run checks every .py file below dir (usually "testdata") with the
// analyzer a and compares its findings with the files' expectations.
func Run(t *testing.T, dir string, a *analysis.Analyzer) {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .py files below %s", dir)
	}
	sort.Strings(files)
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{a}}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := c.CheckSource(path, src)
		var exps []*expectation
		for _, cm := range r.File.Comments {
			for _, m := range expectRE.FindAllStringSubmatch(cm.Text, -1) {
				for _, q := range quotedRE.FindAllString(m[2], -1) {
					pat, err := strconv.Unquote(q)
					if err != nil {
						t.Fatalf("%s:%d: bad pattern %s: %v", path, cm.Lineno, q, err)
					}
					re, err := regexp.Compile(pat)
					if err != nil {
						t.Fatalf("%s:%d: bad pattern %s: %v", path, cm.Lineno, q, err)
					}
					exps = append(exps, &expectation{line: int(cm.Lineno), re: re, missing: m[1] == "missing"})
				}
			}
		}
	findings:
		for _, f := range r.Findings {
			for _, e := range exps {
				if e.line == f.Line && !e.matched && e.re.MatchString(f.Message) {
					e.matched = true
					if e.missing {
						t.Errorf("%s:%d: %s now reports %q, which was marked missing: turn the missing into a want", path, f.Line, a.Name, f.Message)
					}
					continue findings
				}
			}
			t.Errorf("%s:%d:%d: unexpected finding of %s: %s", path, f.Line, f.Column, a.Name, f.Message)
		}
		for _, e := range exps {
			if !e.matched && !e.missing {
				t.Errorf("%s:%d: no finding of %s matches %q", path, e.line, a.Name, e.re)
			}
		}
	}
}

package taint_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules"
	"github.com/krait-dev/krait/internal/rules/taintcode"
	"github.com/krait-dev/krait/internal/rules/taintcommand"
	"github.com/krait-dev/krait/internal/rules/taintdeserialization"
	"github.com/krait-dev/krait/internal/rules/taintheader"
	"github.com/krait-dev/krait/internal/rules/taintldap"
	"github.com/krait-dev/krait/internal/rules/taintlog"
	"github.com/krait-dev/krait/internal/rules/taintpath"
	"github.com/krait-dev/krait/internal/rules/taintredirect"
	"github.com/krait-dev/krait/internal/rules/taintregex"
	"github.com/krait-dev/krait/internal/rules/taintsql"
	"github.com/krait-dev/krait/internal/rules/taintssrf"
	"github.com/krait-dev/krait/internal/rules/tainttemplate"
	"github.com/krait-dev/krait/internal/rules/tainttrustboundary"
	"github.com/krait-dev/krait/internal/rules/taintxpath"
	"github.com/krait-dev/krait/internal/rules/taintxss"
	"github.com/krait-dev/krait/internal/rules/taintxxe"
)

var taintAnalyzers = []*analysis.Analyzer{
	taintcommand.Analyzer, taintsql.Analyzer, taintcode.Analyzer, taintpath.Analyzer,
	taintxss.Analyzer, taintssrf.Analyzer, taintredirect.Analyzer, taintdeserialization.Analyzer,
	taintldap.Analyzer, taintxpath.Analyzer, taintheader.Analyzer, taintlog.Analyzer,
	taintregex.Analyzer, tainttrustboundary.Analyzer, taintxxe.Analyzer, tainttemplate.Analyzer,
}

// TestStdlibSpeed measures the cost of the taint rules over a tree of
// Python files (the CPython standard library): set KRAIT_TAINT_CORPUS to
// its directory. It fails when a file makes the engine panic, and reports
// the time of the other rules alone and with the taint rules added.
func TestStdlibSpeed(t *testing.T) {
	root := os.Getenv("KRAIT_TAINT_CORPUS")
	if root == "" {
		t.Skip("set KRAIT_TAINT_CORPUS to a directory of Python files (e.g. the CPython standard library)")
	}
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	run := func(as []*analysis.Analyzer) (time.Duration, int) {
		c := &analysis.Checker{Analyzers: as, Jobs: 8}
		start := time.Now()
		n := 0
		err := c.Check(context.Background(), files, os.ReadFile, func(r *analysis.Result, _ error) {
			if r.Panic != nil {
				t.Errorf("%s: panic: %v", r.Path, r.Panic)
			}
			for _, f := range r.Findings {
				if strings.HasPrefix(f.RuleID, "KRT3") {
					n++
					if os.Getenv("KRAIT_TAINT_LIST") != "" {
						t.Logf("%s:%d: %s", f.Path, f.Line, f.Message)
					}
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		return time.Since(start), n
	}
	base := rules.All()
	run(base) // warm the file cache
	without, _ := run(base)
	with, n := run(append(append([]*analysis.Analyzer(nil), base...), taintAnalyzers...))
	onlyTaint, _ := run(taintAnalyzers)
	t.Logf("%d files: without taint %v, with taint %v (x%.2f), taint rules alone %v; %d taint findings",
		len(files), without, with, float64(with)/float64(without), onlyTaint, n)
}

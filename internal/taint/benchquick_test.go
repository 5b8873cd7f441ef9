package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
)

var wantCWE = regexp.MustCompile(`# want .*"CWE-(\d+)"`)

// TestBenchQuick scores the taint rules, called directly, on the benchmark
// cases in testdata/bench (the classes they cover), a stand-in for
// ./bench until the rules are registered. Set KRAIT_TAINT_BENCH=1 (=v to
// list the wrong verdicts).
func TestBenchQuick(t *testing.T) {
	mode := os.Getenv("KRAIT_TAINT_BENCH")
	if mode == "" {
		t.Skip("set KRAIT_TAINT_BENCH=1 to score the benchmark cases")
	}
	cwe := map[string]int{"command": 78, "sql": 89, "code": 94, "path": 22, "xss": 79, "ssrf": 918, "redirect": 601, "deserialization": 502,
		"ldap": 90, "xpath": 643, "header": 113, "log": 117, "regex": 730, "trust-boundary": 501, "xxe": 611, "ssti": 1336}
	c := &analysis.Checker{Analyzers: taintAnalyzers}
	var classes []string
	for k := range cwe {
		classes = append(classes, k)
	}
	sort.Strings(classes)
	for _, class := range classes {
		files, _ := filepath.Glob(filepath.Join("testdata", "bench", class, "*.py"))
		var tp, fn, fp, tn int
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r := c.CheckSource(path, src)
			got := map[int]bool{}
			for _, f := range r.Findings {
				for _, w := range f.CWE {
					if w == cwe[class] {
						got[f.Line] = true
					}
				}
			}
			positive := strings.Contains(filepath.Base(path), "_tp_")
			if positive {
				ok := true
				for i, line := range strings.Split(string(src), "\n") {
					if m := wantCWE.FindStringSubmatch(line); m != nil && m[1] == fmt.Sprint(cwe[class]) && !got[i+1] {
						ok = false
					}
				}
				if ok {
					tp++
				} else {
					fn++
					if mode == "v" {
						t.Logf("FN %s", path)
					}
				}
			} else if len(got) > 0 {
				fp++
				if mode == "v" {
					t.Logf("FP %s", path)
				}
			} else {
				tn++
			}
		}
		tpr := float64(tp) / float64(max(tp+fn, 1))
		fpr := float64(fp) / float64(max(fp+tn, 1))
		t.Logf("%-16s TP %3d FN %3d FP %3d TN %3d  TPR %5.1f%% FPR %5.1f%%", class, tp, fn, fp, tn, 100*tpr, 100*fpr)
	}
}

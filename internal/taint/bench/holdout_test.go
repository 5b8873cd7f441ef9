package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// holdoutRoots are the independent holdout suites, relative to this
// package. Their cases were written without reading the engine, to check
// that the scores of the main suite are not an artefact of who wrote it:
// holdout (session 2; the engine was then fixed for what it revealed, so
// it no longer measures those cases blind) and holdout2 (written later,
// scored blind when it was added).
var holdoutRoots = []string{filepath.Join("..", "testdata", "holdout"), filepath.Join("..", "testdata", "holdout2")}

// holdoutErrors loads the holdout cases and returns the problems with them.
// The holdout is smaller than the main suite, so Validate's size minimums
// (per class and in total) are reported as notes, not errors; every other
// problem (file names, headers, parse errors, malformed or wrong-class wants,
// _tp_/_fp_ mismatches, duplicate numbers, missing classes, a class without
// positives or negatives) is an error.
func holdoutErrors(root string) (cases []Case, errs []error, notes []string) {
	cases, errs = LoadCases(root)
	for _, err := range Validate(root, cases) {
		msg := err.Error()
		if strings.Contains(msg, " cases, needs at least ") {
			notes = append(notes, msg)
			continue
		}
		errs = append(errs, err)
	}
	return cases, errs, notes
}

// TestHoldoutCases validates the holdout case files: this test does fail.
func TestHoldoutCases(t *testing.T) {
	for _, root := range holdoutRoots {
		t.Run(filepath.Base(root), func(t *testing.T) {
			if _, err := os.Stat(root); err != nil {
				t.Skipf("%s: %v", root, err)
			}
			cases, errs, notes := holdoutErrors(root)
			for _, err := range errs {
				t.Error(err)
			}
			t.Logf("holdout suite %s:\n%s", root, countTable(cases))
			if len(notes) > 0 {
				t.Logf("size minimums of the main suite not met (expected for a holdout):\n%s", strings.Join(notes, "\n"))
			}
		})
	}
}

// TestHoldout runs krait's taint rules over the holdout suite in process and
// prints the score table and the wrong verdicts. It fails on malformed cases
// but never on the score: it is a measurement. Run it with
//
//	go test ./internal/taint/bench -run TestHoldout -v
//
// KRAIT_BENCH_SELECT replaces the rule selection, as for TestBenchmark.
func TestHoldout(t *testing.T) {
	for _, root := range holdoutRoots {
		t.Run(filepath.Base(root), func(t *testing.T) {
			if _, err := os.Stat(root); err != nil {
				t.Skipf("%s: %v", root, err)
			}
			scoreHoldout(t, root)
		})
	}
}

// scoreHoldout scores the taint rules over the holdout suite at root.
func scoreHoldout(t *testing.T, root string) {
	cases, errs, _ := holdoutErrors(root)
	if len(errs) > 0 {
		for _, err := range errs {
			t.Error(err)
		}
		t.Fatalf("the holdout suite is invalid (%d problems)", len(errs))
	}
	scoreSuite(t, root, cases, "holdout cases")
}

// Package testutil holds helpers shared by krait's tests: golden files
// refreshed with the -update flag, and path normalisation so that goldens do
// not depend on the machine that wrote them.
//
// Importing this package registers the -update flag in the test binary:
//
//	go test ./internal/cli -update
package testutil

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// update is set by -update. A flag is the one package-level variable the
// testing package itself expects to be global.
var update = flag.Bool("update", false, "rewrite golden files with the output of the tests")

// Update reports whether the test binary was run with -update.
func Update() bool { return *update }

// Golden compares got with the contents of the golden file at path. With
// -update it writes got to path instead (creating its directory). A missing
// golden file is a failure, not a skip, unless -update is given. Line endings
// of the golden file are normalised to \n before comparing, so a checkout
// that converted them still passes. On a mismatch the failure shows the first
// differing line, not the whole output.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("creating golden directory: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("writing golden file: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			t.Errorf("golden file %s is missing; run the test with -update to create it, then review it", path)
			return
		}
		t.Fatalf("reading golden file: %v", err)
	}
	want = bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n"))
	if !bytes.Equal(want, got) {
		t.Errorf("output differs from %s (run with -update to accept it)\n%s", path, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff describes the first line where want and got differ, with the
// line before it for context:
//
//	line 12:
//	  want: ...
//	  got:  ...
func FirstDiff(want, got string) string {
	wl := splitLines(want)
	gl := splitLines(got)
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "line %d:\n", i+1)
		if i > 0 && i-1 < len(wl) {
			fmt.Fprintf(&b, "  both: %q\n", wl[i-1])
		}
		fmt.Fprintf(&b, "  want: %s\n  got:  %s", describeLine(w, i < len(wl)), describeLine(g, i < len(gl)))
		return b.String()
	}
	return "(no difference)"
}

// splitLines splits s after each newline, without the empty string that
// strings.SplitAfter leaves after a final newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func describeLine(s string, present bool) string {
	if !present {
		return "(end of output)"
	}
	return fmt.Sprintf("%q", s)
}

// NormalizePaths returns s with every occurrence of each directory replaced
// by its placeholder, for example
//
//	NormalizePaths(out, map[string]string{tmp: "$TMP"})
//
// Each directory is also matched in slash form and with its symbolic links
// resolved (macOS's /var is /private/var); longer directories are replaced
// first, so a directory inside another one keeps its own placeholder.
func NormalizePaths(s string, dirs map[string]string) string {
	type pair struct{ from, to string }
	var pairs []pair
	for dir, placeholder := range dirs {
		if dir == "" {
			continue
		}
		forms := []string{dir, filepath.ToSlash(dir)}
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			forms = append(forms, real, filepath.ToSlash(real))
		}
		for _, f := range forms {
			pairs = append(pairs, pair{f, placeholder})
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if len(pairs[i].from) != len(pairs[j].from) {
			return len(pairs[i].from) > len(pairs[j].from)
		}
		return pairs[i].from < pairs[j].from
	})
	for _, p := range pairs {
		s = strings.ReplaceAll(s, p.from, p.to)
	}
	return s
}

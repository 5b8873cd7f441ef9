package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/testutil"
)

const testVersion = "v0.0.0-test"

// runApp runs krait in-process with the test version and returns the exit
// code and what it printed.
func runApp(t *testing.T, ctx context.Context, args []string, edit func(*app)) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := newTestApp(&out, &errOut)
	if edit != nil {
		edit(a)
	}
	code = a.run(ctx, args)
	return code, out.String(), errOut.String()
}

// newTestApp returns an app for tests: the test version, no environment
// but the test database, and no network (no DNS; links probed only on
// local stand-ins).
func newTestApp(out, errOut *bytes.Buffer) *app {
	a := newApp(strings.NewReader(""), out, errOut)
	a.version = testVersion
	a.getenv = func(k string) string {
		if k == "KRAIT_DB" {
			return testDB
		}
		return ""
	}
	// No DNS in tests: every mail domain exists unless a test says not.
	a.lookupDomain = func(context.Context, string) (bool, error) { return true, nil }
	// No network in tests: only links to local stand-ins are probed.
	a.linkMissing = func(ctx context.Context, u string) bool {
		return strings.HasPrefix(u, "http://127.0.0.1:") && a.probeLink(ctx, u)
	}
	return a
}

// TestCLI runs each case and compares the exit code, standard error, and
// standard output with testdata/golden/NAME.stdout. Refresh the goldens with
//
//	go test ./internal/cli -update
//
// Outputs that depend on the parser's results (syntax errors, AST dumps) are
// those CPython 3.11 gives for the same files.
func TestCLI(t *testing.T) {
	var usage bytes.Buffer
	newApp(nil, nil, nil).usage(&usage)

	cases := []struct {
		name   string // golden file: testdata/golden/NAME.stdout
		args   []string
		code   int
		stderr string // exact, after normalisation
	}{
		// The command line itself.
		{"no-args", nil, ExitUsage, usage.String()},
		{"help", []string{"help"}, ExitOK, ""},
		{"help", []string{"-h"}, ExitOK, ""},
		{"help", []string{"--help"}, ExitOK, ""},
		{"version", []string{"version"}, ExitOK, ""},
		{"rules", []string{"rules"}, ExitOK, ""},
		{"explain-b602", []string{"explain", "B602"}, ExitOK, ""},
		{"explain-b602", []string{"explain", "subprocess-popen-with-shell-equals-true"}, ExitOK, ""},
		{"empty", []string{"explain", "B999"}, ExitUsage, "krait explain: no rule \"B999\" (see 'krait rules')\n"},
		{"version", []string{"--version"}, ExitOK, ""},
		{"empty", []string{"version", "extra"}, ExitUsage, "krait version: unexpected argument \"extra\"\nRun 'krait version -h' for usage.\n"},
		{"empty", []string{"frobnicate"}, ExitUsage, "krait: unknown command \"frobnicate\"\nRun 'krait help' for usage.\n"},
		{"empty", []string{"--format", "json"}, ExitUsage, "krait: flag --format must follow a command\nRun 'krait help' for usage.\n"},
		{"empty", []string{"help", "frobnicate"}, ExitUsage, "krait help: unknown command \"frobnicate\"\nRun 'krait help' for usage.\n"},

		// scan: usage errors.
		{"scan-help", []string{"scan", "-h"}, ExitOK, ""},
		{"scan-help", []string{"help", "scan"}, ExitOK, ""},
		{"scan-help", []string{"scan", "testdata/src/broken", "--help"}, ExitOK, ""},
		{"empty", []string{"scan", "--bogus"}, ExitUsage, "krait scan: flag provided but not defined: -bogus\nRun 'krait scan -h' for usage.\n"},
		{"empty", []string{"scan", "--format", "xml", "testdata/src/clean"}, ExitUsage, "krait scan: unsupported --format \"xml\" (want text, json or sarif)\nRun 'krait scan -h' for usage.\n"},
		{"empty", []string{"scan", "--fail-on", "severe"}, ExitUsage, "krait scan: --fail-on: unknown severity \"severe\" (want low, medium, high or critical)\nRun 'krait scan -h' for usage.\n"},
		{"empty", []string{"scan", "--jobs", "-1"}, ExitUsage, "krait scan: --jobs must be 0 or more, not -1\nRun 'krait scan -h' for usage.\n"},
		{"empty", []string{"scan", "--jobs"}, ExitUsage, "krait scan: flag needs an argument: -jobs\nRun 'krait scan -h' for usage.\n"},
		{"empty", []string{"scan", "testdata/src/clean", "testdata/src/nope"}, ExitUsage, "krait scan: testdata/src/nope: no such file or directory\n"},

		// scan: results.
		{"scan-clean", []string{"scan", "testdata/src/clean"}, ExitOK, ""},
		{"scan-clean-json", []string{"scan", "--format", "json", "testdata/src/clean"}, ExitOK, ""},
		{"scan-not-python", []string{"scan", "testdata/src/clean/notes.txt"}, ExitOK, ""},
		{"scan-broken", []string{"scan", "testdata/src/broken"}, ExitFindings, ""},
		{"scan-broken", []string{"scan", "--jobs", "1", "testdata/src/broken"}, ExitFindings, ""},
		{"scan-broken", []string{"scan", "testdata/src/broken/", "--no-color", "--jobs=3"}, ExitFindings, ""},
		{"scan-broken", []string{"scan", "testdata/src/broken", "testdata/src/broken/tabs.py"}, ExitFindings, ""},
		{"scan-broken-json", []string{"scan", "--format", "json", "testdata/src/broken"}, ExitFindings, ""},
		{"scan-broken-json", []string{"scan", "testdata/src/broken", "--format=json", "--fail-on", "high"}, ExitFindings, ""},
		{"scan-broken-quiet", []string{"scan", "-q", "testdata/src/broken"}, ExitFindings, ""},
		{"scan-broken", []string{"scan", "--fail-on", "critical", "testdata/src/broken"}, ExitOK, ""},
		{"scan-one-file", []string{"scan", "--", "testdata/src/broken/indent.py"}, ExitFindings, ""},
		{"scan-skipdirs", []string{"scan", "testdata/src/skipdirs"}, ExitOK, ""},
		{"scan-skipdirs-explicit", []string{"scan", "testdata/src/skipdirs/venv", "testdata/src/skipdirs/.hidden/bad.py"}, ExitFindings, ""},
		{"scan-example", []string{"scan", "../../examples/flaskapp"}, ExitFindings, ""},

		// debug ast.
		{"debug-help", []string{"debug", "-h"}, ExitOK, ""},
		{"debug-ast-help", []string{"debug", "ast", "-h"}, ExitOK, ""},
		{"empty", []string{"debug"}, ExitUsage, "krait debug: missing command (ast)\nRun 'krait debug -h' for usage.\n"},
		{"empty", []string{"debug", "tokens"}, ExitUsage, "krait debug: unknown command \"tokens\" (want ast)\nRun 'krait debug -h' for usage.\n"},
		{"empty", []string{"debug", "ast"}, ExitUsage, "krait debug ast: no files given\nRun 'krait debug ast -h' for usage.\n"},
		{"debug-ast", []string{"debug", "ast", "testdata/src/ast/simple.py", "testdata/src/ast/unclosed.py", "testdata/src/broken/tabs.py"}, ExitOK, ""},
		{"debug-ast-missing", []string{"debug", "ast", "testdata/src/ast/nope.py", "testdata/src/ast/simple.py", "testdata/src/ast"}, ExitUsage,
			"krait debug ast: testdata/src/ast/nope.py: no such file or directory\nkrait debug ast: testdata/src/ast: not a regular file\n"},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%02d-%s", i, c.name), func(t *testing.T) {
			code, stdout, stderr := runApp(t, t.Context(), c.args, nil)
			if code != c.code {
				t.Errorf("krait %s: exit code %d, want %d\nstderr: %s", strings.Join(c.args, " "), code, c.code, stderr)
			}
			if stderr != c.stderr {
				t.Errorf("krait %s: stderr:\n%s\nwant:\n%s", strings.Join(c.args, " "), stderr, c.stderr)
			}
			testutil.Golden(t, filepath.Join("testdata", "golden", c.name+".stdout"), []byte(stdout))
		})
	}
}

// TestScanOutputFile checks -o: the report goes to the file, nothing to
// standard output, and an output file that cannot be created is a usage
// error naming it.
func TestScanOutputFile(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "report.json")
	code, stdout, stderr := runApp(t, t.Context(), []string{"scan", "--format", "json", "-o", out, "testdata/src/broken"}, nil)
	if code != ExitFindings || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "golden", "scan-broken-json.stdout"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("-o file differs from scan-broken-json.stdout:\n%s", testutil.FirstDiff(string(want), string(got)))
	}

	bad := filepath.Join(tmp, "no", "such", "dir", "report.txt")
	code, _, stderr = runApp(t, t.Context(), []string{"scan", "-o", bad, "testdata/src/clean"}, nil)
	stderr = testutil.NormalizePaths(stderr, map[string]string{tmp: "$TMP"})
	wantErr := "krait scan: cannot create the output file: open $TMP/no/such/dir/report.txt: no such file or directory\n"
	if code != ExitUsage || stderr != wantErr {
		t.Errorf("exit %d, stderr %q; want %d, %q", code, stderr, ExitUsage, wantErr)
	}
}

// TestScanUnreadable checks that files that cannot be read are findings,
// not errors: a dangling symbolic link and a FIFO (which must not block).
func TestScanUnreadable(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links and FIFOs need Unix")
	}
	tmp := t.TempDir()
	if err := os.WriteFile(filepath.Join(tmp, "ok.py"), []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(tmp, "missing.py"), filepath.Join(tmp, "dangling.py")); err != nil {
		t.Fatal(err)
	}
	if err := mkfifo(filepath.Join(tmp, "fifo.py")); err != nil {
		t.Fatal(err)
	}
	// A symbolic link to a directory is not followed.
	if err := os.Symlink(filepath.Join(mustAbs(t, "testdata/src/broken")), filepath.Join(tmp, "linked")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runApp(t, t.Context(), []string{"scan", tmp}, nil)
	stdout = testutil.NormalizePaths(stdout, map[string]string{tmp: "$TMP"})
	want := `$TMP/dangling.py: KRT0002 [medium] cannot read this file: no such file or directory (unreadable-file)
$TMP/fifo.py: KRT0002 [medium] cannot read this file: not a regular file (unreadable-file)

Found 2 findings (2 medium) in 3 files.
`
	if code != ExitFindings || stdout != want || stderr != "" {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, stderr, stdout, want)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestScanPanicBecomesFinding checks that a panic while checking a file is
// reported as an internal-error finding naming the file, not a crash.
func TestScanPanicBecomesFinding(t *testing.T) {
	panicky := func(a *app) {
		a.parse = func(filename string, src []byte) *parser.File {
			if strings.HasSuffix(filename, "app.py") {
				panic("index out of range [3] with length 3")
			}
			return parser.ParseFile(filename, src)
		}
	}
	code, stdout, stderr := runApp(t, t.Context(), []string{"scan", "testdata/src/clean"}, panicky)
	want := `testdata/src/clean/app.py: KRT0003 [high] krait failed on this file: index out of range [3] with length 3 (this is a bug in krait; please report it) (internal-error)

Found 1 finding (1 high) in 3 files.
`
	if code != ExitFindings || stdout != want || stderr != "" {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, stderr, stdout, want)
	}

	code, stdout, stderr = runApp(t, t.Context(), []string{"debug", "ast", "testdata/src/clean/app.py"}, panicky)
	wantErr := "krait debug ast: testdata/src/clean/app.py: internal error: index out of range [3] with length 3 (this is a bug in krait; please report it)\n"
	if code != ExitInternal || stdout != "" || stderr != wantErr {
		t.Errorf("debug ast: exit %d, stdout %q, stderr %q; want %d, \"\", %q", code, stdout, stderr, ExitInternal, wantErr)
	}
}

// TestInterrupted checks that a cancelled context stops a run with the
// interrupted exit code.
func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	for _, args := range [][]string{{"scan", "testdata/src"}, {"debug", "ast", "testdata/src/ast/simple.py"}} {
		code, _, stderr := runApp(t, ctx, args, nil)
		if code != ExitInterrupted || !strings.HasSuffix(stderr, ": interrupted\n") {
			t.Errorf("%v: exit %d, stderr %q; want %d and \"interrupted\"", args, code, stderr, ExitInterrupted)
		}
	}
}

// TestScanDeterministic checks that the output does not depend on the
// number of workers or on scheduling.
func TestScanDeterministic(t *testing.T) {
	var first string
	for i, jobs := range []string{"1", "2", "8", "64", "8", "1"} {
		_, stdout, _ := runApp(t, t.Context(), []string{"scan", "--format", "json", "--jobs", jobs, "testdata/src"}, nil)
		if i == 0 {
			first = stdout
		} else if stdout != first {
			t.Fatalf("--jobs %s output differs:\n%s", jobs, testutil.FirstDiff(first, stdout))
		}
	}
}

// TestRun checks the exported entry point with the real version.
func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Run(t.Context(), []string{"version"}, strings.NewReader(""), &out, &errOut)
	if code != ExitOK || out.String() != "krait "+Version()+"\n" || errOut.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
}

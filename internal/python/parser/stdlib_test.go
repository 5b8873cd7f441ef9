package parser_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
)

// differentialScript runs in one python3 process. It reads file paths, one
// per line, from standard input and writes for each, in order, one record:
//
//	OK <n>\n<n bytes: ast.dump(tree, include_attributes=True)>\n
//	ERR <JSON [class, lineno, offset, msg]>\n   CPython rejects the file
//	SKIP <JSON reason>\n                      the dump itself failed (e.g. RecursionError)
const differentialScript = `
import ast, json, os, sys
out = sys.stdout.buffer
for raw in sys.stdin.buffer.read().split(b"\n"):
    if not raw:
        continue
    path = os.fsdecode(raw)
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src)
    except Exception as e:
        rec = [type(e).__name__, getattr(e, "lineno", None), getattr(e, "offset", None), str(getattr(e, "msg", e))]
        out.write(b"ERR " + json.dumps(rec).encode() + b"\n")
        continue
    try:
        dump = ast.dump(tree, include_attributes=True).encode("utf-8", "surrogatepass")
    except Exception as e:
        out.write(b"SKIP " + json.dumps(type(e).__name__ + ": " + str(e)).encode() + b"\n")
        continue
    out.write(b"OK %d\n" % len(dump))
    out.write(dump)
    out.write(b"\n")
out.flush()
`

// differentialResult is the comparison of one file, kept small: an excerpt
// around the first difference rather than the dumps.
type differentialResult struct {
	cpython     string // OK (accepted), ERR (rejected) or SKIP (could not dump)
	agree       bool   // identical dumps, or both reject
	sameErrorAt bool   // both reject, with the same exception class and line
	detail      string // what differs, for the report
}

// TestStdlibDifferential parses every .py file of python3's standard
// library (site-packages excluded) with krait and with CPython, and requires
// krait's ast.Dump to equal CPython's ast.dump(include_attributes=True) byte
// for byte, and every file that CPython rejects to be rejected by krait.
//
// KRAIT_DIFF_ROOT=DIR runs the same comparison on the .py files below DIR
// (site-packages directories below DIR are still skipped, DIR itself is
// not); KRAIT_DIFF_SHOW=N shows N differing files instead of 10;
// KRAIT_DIFF_PYTHON names the interpreter (default python3), which must be
// CPython 3.11, the version whose dump format krait prints.
func TestStdlibDifferential(t *testing.T) {
	python := differentialPython(t)
	root := os.Getenv("KRAIT_DIFF_ROOT")
	if root == "" {
		out, err := exec.Command(python, "-c", `import sysconfig;print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			t.Fatalf("asking %s for its stdlib directory: %v", python, err)
		}
		root = strings.TrimSpace(string(out))
	}
	files := differentialFiles(t, root)
	if len(files) == 0 {
		t.Fatalf("no .py files below %s", root)
	}
	show := 10
	if s := os.Getenv("KRAIT_DIFF_SHOW"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			t.Fatalf("KRAIT_DIFF_SHOW=%q: want a number of files", s)
		}
		show = n
	}

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var stdin bytes.Buffer
	for _, f := range files {
		stdin.WriteString(f)
		stdin.WriteByte('\n')
	}
	cmd := exec.CommandContext(ctx, python, "-c", differentialScript)
	cmd.Stdin = &stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", python, err)
	}

	// One goroutine reads CPython's records in order and hands each, with
	// its file, to workers that parse the file with krait and compare. The
	// channel is small, so at most a few dumps are held in memory.
	type job struct {
		index int
		kind  string // OK, ERR or SKIP
		data  []byte // the dump, or the JSON of ERR and SKIP
	}
	jobs := make(chan job, 2*runtime.GOMAXPROCS(0))
	results := make([]differentialResult, len(files))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.index] = differentialCompare(files[j.index], j.kind, j.data)
			}
		}()
	}
	readErr := func() error {
		r := bufio.NewReaderSize(stdout, 1<<20)
		for i := range files {
			header, err := r.ReadString('\n')
			if err != nil {
				return fmt.Errorf("reading the record of %s: %w", files[i], err)
			}
			kind, rest, _ := strings.Cut(strings.TrimSuffix(header, "\n"), " ")
			switch kind {
			case "OK":
				n, err := strconv.Atoi(rest)
				if err != nil {
					return fmt.Errorf("bad record header %q for %s", header, files[i])
				}
				dump := make([]byte, n+1)
				if _, err := io.ReadFull(r, dump); err != nil {
					return fmt.Errorf("reading the dump of %s: %w", files[i], err)
				}
				jobs <- job{i, kind, dump[:n]}
			case "ERR", "SKIP":
				jobs <- job{i, kind, []byte(rest)}
			default:
				return fmt.Errorf("bad record header %q for %s", header, files[i])
			}
		}
		return nil
	}()
	close(jobs)
	wg.Wait()
	if readErr != nil {
		cancel()
	}
	waitErr := cmd.Wait()
	if readErr != nil || waitErr != nil {
		t.Fatalf("%s failed: %v %v\n%s", python, readErr, waitErr, differentialTail(stderr.String(), 2000))
	}

	var accepted, same, rejected, bothReject, sameErrorAt, skipped, differ int
	var shown []string
	for i, r := range results {
		switch r.cpython {
		case "OK":
			accepted++
			if r.agree {
				same++
			}
		case "ERR":
			rejected++
			if r.agree {
				bothReject++
			}
			if r.sameErrorAt {
				sameErrorAt++
			}
		case "SKIP":
			skipped++
			continue
		}
		if r.agree {
			continue
		}
		differ++
		if len(shown) < show {
			rel, err := filepath.Rel(root, files[i])
			if err != nil {
				rel = files[i]
			}
			shown = append(shown, fmt.Sprintf("%s: %s", rel, r.detail))
		}
	}
	summary := fmt.Sprintf("%s: %d of %d accepted files identical, %d of %d rejected files rejected (%d with the same exception class and line)",
		root, same, accepted, bothReject, rejected, sameErrorAt)
	if skipped > 0 {
		summary += fmt.Sprintf("; %d files skipped because CPython could not dump them", skipped)
	}
	t.Log(summary)
	if differ > 0 {
		more := ""
		if differ > len(shown) {
			more = fmt.Sprintf("\n(%d more; KRAIT_DIFF_SHOW=N shows N)", differ-len(shown))
		}
		t.Errorf("%d of %d files differ from CPython:\n%s%s", differ, len(files), strings.Join(shown, "\n"), more)
	}
}

// differentialPython returns the interpreter to compare with. It skips the
// test when there is none, but fails it under CI=true, where a skipped
// differential test would hide a broken parser.
func differentialPython(t *testing.T) string {
	t.Helper()
	name := os.Getenv("KRAIT_DIFF_PYTHON")
	if name == "" {
		name = "python3"
	}
	unavailable := func(format string, args ...any) {
		t.Helper()
		msg := fmt.Sprintf(format, args...)
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s; the differential test cannot run, and CI=true requires it", msg)
		}
		t.Skipf("%s; skipping the differential test against CPython", msg)
	}
	path, err := exec.LookPath(name)
	if err != nil {
		unavailable("%s not found on PATH", name)
	}
	out, err := exec.Command(path, "-c", "import platform,sys;print(platform.python_implementation(), '%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		unavailable("running %s: %v", path, err)
	}
	if v := strings.TrimSpace(string(out)); v != "CPython 3.11" {
		unavailable("%s is %s, not CPython 3.11, whose ast.dump format krait prints (set KRAIT_DIFF_PYTHON to a python3.11)", path, v)
	}
	return path
}

// differentialFiles returns the .py files below root, sorted, skipping
// directories named site-packages below root. Symbolic links to directories
// are not followed.
func differentialFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "site-packages" && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".py") && d.Type().IsRegular() && !strings.Contains(p, "\n") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", root, err)
	}
	sort.Strings(files)
	return files
}

// differentialCompare parses path with krait and compares it with
// CPython's record.
func differentialCompare(path, kind string, want []byte) (res differentialResult) {
	res.cpython = kind
	if kind == "SKIP" {
		res.detail = string(want)
		return res
	}
	defer func() {
		if r := recover(); r != nil {
			res.agree = false
			res.detail = fmt.Sprintf("krait panicked: %v\n%s", r, differentialTail(string(debug.Stack()), 1500))
		}
	}()
	src, err := os.ReadFile(path)
	if err != nil {
		res.detail = fmt.Sprintf("krait cannot read it: %v", err)
		return res
	}
	f := parser.ParseFile(path, src)
	if kind == "ERR" {
		var rec []any // [class, lineno, offset, msg]
		if err := json.Unmarshal(want, &rec); err != nil || len(rec) != 4 {
			res.detail = fmt.Sprintf("bad ERR record %s", want)
			return res
		}
		class, _ := rec[0].(string)
		line, _ := rec[1].(float64)
		msg, _ := rec[3].(string)
		if len(f.Errors) == 0 {
			res.detail = fmt.Sprintf("CPython rejects it (%s at line %d: %s), krait accepts it", class, int(line), msg)
			return res
		}
		e := f.Errors[0]
		res.agree = true
		res.sameErrorAt = e.Kind == class && e.Line == int(line)
		return res
	}
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		res.detail = fmt.Sprintf("CPython accepts it, krait reports %d:%d: %s: %s", e.Line, e.Col, e.Kind, e.Msg)
		return res
	}
	got := ast.Dump(f.Module)
	if got == string(want) {
		res.agree = true
		return res
	}
	res.detail = differentialExcerpt(string(want), got)
	return res
}

var differentialLineno = regexp.MustCompile(`lineno=(\d+)`)

// differentialExcerpt shows both dumps around their first difference,
// with the source line of the nearest node before it.
func differentialExcerpt(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	for i > 0 && i < len(want) && !utf8.RuneStart(want[i]) { // do not split a character
		i--
	}
	near := ""
	if m := differentialLineno.FindAllStringSubmatch(want[:i], -1); len(m) > 0 {
		near = ", near source line " + m[len(m)-1][1]
	}
	const width = 80
	lo := max(i-width, 0)
	for lo > 0 && !utf8.RuneStart(want[lo]) {
		lo--
	}
	cut := func(s string) string {
		hi := min(i+width, len(s))
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		out := s[lo:i] + "⟦" + s[i:hi] + "⟧"
		if lo > 0 {
			out = "…" + out
		}
		if hi < len(s) {
			out += "…"
		}
		return out
	}
	return fmt.Sprintf("dumps differ at byte %d%s (⟦ marks the first difference)\n    cpython: %s\n    krait:   %s", i, near, cut(want), cut(got))
}

// differentialTail returns the last n bytes of s.
func differentialTail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

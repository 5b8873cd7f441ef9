package analysis

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// Checker runs a set of analyzers over files.
type Checker struct {
	Analyzers []*Analyzer
	// Options maps a rule name to its options.
	Options map[string]map[string]any
	// Jobs is the number of files checked at once; 0 means one.
	Jobs int
	// Parse parses a file; nil means parser.ParseFile. Tests replace it.
	Parse func(filename string, src []byte) *parser.File

	// packages caches the package of each directory (see packageOf), so
	// that the files of one directory stat its __init__.py files once.
	packages sync.Map // directory → package name
}

// Result is what checking one file produced.
type Result struct {
	Path     string
	Src      []byte       // the file's bytes as read
	File     *parser.File // the parsed file (with its comments and syntax errors)
	Findings []finding.Finding
	// ErrorSnippet is the source line of the first syntax error, set by
	// Check.
	ErrorSnippet string
	// Panic is set when krait failed on the file (a bug): the value
	// recovered from the panic. Findings and File are then incomplete.
	Panic any
}

// CheckSource parses src, builds its semantic model and runs the
// analyzers on it in one walk. Syntax errors do not stop the analyzers:
// they run on the partial tree.
//
// A panic in the parser or an analyzer is recovered and reported in
// Result.Panic, so one bad file never takes a run down.
func (c *Checker) CheckSource(path string, src []byte) *Result {
	var ps parser.Parser
	return c.checkSource(&ps, path, src)
}

func (c *Checker) checkSource(ps *parser.Parser, path string, src []byte) (r *Result) {
	r = &Result{Path: path, Src: src}
	defer func() {
		if p := recover(); p != nil {
			r.Panic = p
		}
	}()
	var f *parser.File
	if c.Parse != nil {
		f = c.Parse(path, src)
	} else {
		f = ps.ParseFile(path, src)
	}
	r.File = f
	model := semantic.Build(f.Module, c.packageOf(path))
	diags := runFile(path, src, f, model, c.Analyzers, c.Options)
	if len(diags) == 0 {
		return r
	}
	lines := newLineIndex(src)
	for _, d := range diags {
		r.Findings = append(r.Findings, d.finding(path, lines))
	}
	return r
}

// Check checks files in parallel with up to c.Jobs goroutines and hands
// each file's Result to each, one call at a time (each need not be safe
// for concurrent use), in no particular order. read returns a file's
// bytes; when it fails, each gets a Result with a nil File and the error.
// Check keeps no result: what each does not keep is garbage at once, so
// the memory of a run does not grow with the size of the project.
func (c *Checker) Check(ctx context.Context, files []string, read func(string) ([]byte, error), each func(r *Result, readErr error)) error {
	var mu sync.Mutex
	deliver := func(r *Result, err error) {
		mu.Lock()
		defer mu.Unlock()
		each(r, err)
	}
	jobs := c.Jobs
	if jobs < 1 {
		jobs = 1
	}
	next := make(chan string)
	g, gctx := errgroup.WithContext(ctx)
	for w := 0; w < jobs; w++ {
		g.Go(func() error {
			var ps parser.Parser // each worker reuses its parser's buffers
			for path := range next {
				src, err := read(path)
				if err != nil {
					deliver(&Result{Path: path}, err)
					continue
				}
				r := c.checkSource(&ps, path, src)
				if r.File != nil && len(r.File.Errors) > 0 {
					r.ErrorSnippet = finding.SourceLine(src, r.File.Errors[0].Line)
				}
				deliver(r, nil)
			}
			return nil
		})
	}
feed:
	for _, path := range files {
		select {
		case next <- path:
		case <-gctx.Done():
			break feed
		}
	}
	close(next)
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

func (d Diagnostic) finding(path string, lines *lineIndex) finding.Finding {
	a := d.Analyzer
	f := finding.Finding{
		RuleID: a.ID, RuleName: a.Name, Aliases: a.Aliases, CWE: a.CWE,
		Severity: a.Severity, Confidence: a.Confidence,
		Path: filepath.ToSlash(path), Line: int(d.Loc.Lineno), Column: int(d.Loc.ColOffset) + 1,
		EndLine: int(d.Loc.EndLineno), EndColumn: int(d.Loc.EndColOffset) + 1,
		Message: d.Message, Snippet: lines.line(int(d.Loc.Lineno)),
		Trace: d.Trace,
	}
	if d.Severity != 0 {
		f.Severity = finding.Severity(d.Severity)
	}
	if d.Confidence != 0 {
		f.Confidence = finding.Confidence(d.Confidence)
	}
	return f
}

// lineIndex finds source lines by number without rescanning the file.
type lineIndex struct {
	src    []byte
	starts []int
}

func newLineIndex(src []byte) *lineIndex {
	l := &lineIndex{src: src, starts: []int{0}}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			l.starts = append(l.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// line returns line n (1-based) as finding.SourceLine does.
func (l *lineIndex) line(n int) string {
	if n < 1 || n > len(l.starts) {
		return ""
	}
	return finding.SourceLine(l.src[l.starts[n-1]:], 1)
}

// packageOf returns the dotted package of a Python file: the names of the
// directories above it that hold an __init__.py.
// packageOf is packageOf, cached per directory.
func (c *Checker) packageOf(path string) string {
	dir := filepath.Dir(path)
	if pkg, ok := c.packages.Load(dir); ok {
		return pkg.(string)
	}
	pkg := packageOf(path)
	c.packages.Store(dir, pkg)
	return pkg
}

func packageOf(path string) string {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return ""
	}
	var parts []string
	for i := 0; i < 32; i++ {
		if _, err := os.Stat(filepath.Join(dir, "__init__.py")); err != nil {
			break
		}
		parts = append(parts, filepath.Base(dir))
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, ".")
}

// ModuleNames returns the dotted module name of each Python file of
// paths, as imports name it: the packages above it (the directories with an
// __init__.py, as the semantic model's Package) and the file's stem ("a.b"
// for a/b.py in package a; "a" for a/__init__.py). Files outside any
// package are top-level modules ("b" for b.py).
func ModuleNames(paths []string) map[string]string {
	pkgs := make(map[string]string) // directory → package, computed once per directory
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		dir := filepath.Dir(p)
		pkg, ok := pkgs[dir]
		if !ok {
			pkg = packageOf(p)
			pkgs[dir] = pkg
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(p), ".py"), ".pyi")
		switch {
		case stem == "__init__":
			if pkg != "" {
				out[p] = pkg
			}
		case pkg == "":
			out[p] = stem
		default:
			out[p] = pkg + "." + stem
		}
	}
	return out
}

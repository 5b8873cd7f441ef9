package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
	jsonreport "github.com/krait-dev/krait/internal/report/json"
	textreport "github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/walk"
)

// The rules that scan reports today. Their IDs are stable: baselines and
// suppressions refer to them.
const (
	ruleSyntaxError   = "KRT0001" // syntax-error: a Python file does not parse
	ruleUnreadable    = "KRT0002" // unreadable-file: a file or directory cannot be read
	ruleInternalError = "KRT0003" // internal-error: krait failed on a file (a bug)
)

// newFinding returns a finding of one of the rules above about path.
func newFinding(rule, path, message string) finding.Finding {
	f := finding.Finding{RuleID: rule, Path: path, Message: message, Confidence: finding.HighConfidence}
	switch rule {
	case ruleSyntaxError:
		f.RuleName, f.Severity = "syntax-error", finding.High
	case ruleUnreadable:
		f.RuleName, f.Severity = "unreadable-file", finding.Medium
	case ruleInternalError:
		f.RuleName, f.Severity = "internal-error", finding.High
	}
	return f
}

// maxSourceSize is the largest file scan reads; a larger one is reported as
// unreadable rather than risking the memory of the machine.
const maxSourceSize = 64 << 20

const scanHelp = `
Check everything that applies to each PATH (default "."). Today that is
that every Python file (.py, .pyi) parses as Python 3.13 code: each file
that does not is reported as a syntax-error finding (KRT0001), with the
first error of the file, as CPython reports it.

A directory is walked recursively. Hidden directories and directories named
venv, .venv, node_modules, __pycache__, site-packages, build or dist are
skipped, and a symbolic link to a directory is never followed; a path named
on the command line is always checked. A file that cannot be read is a
finding (KRT0002), not an error. Output is sorted by path, line, column and
rule, so two runs over the same files print the same bytes.

Flags may come before or after the paths; "--" ends the flags.
`

// scan implements `krait scan`.
func (a *app) scan(ctx context.Context, args []string) int {
	flags := newFlagSet("scan", "krait scan [flags] [PATH...]", scanHelp)
	format := flags.String("format", "text", "output `FORMAT`: text or json")
	output := flags.String("o", "", "write the report to `FILE` instead of standard output")
	failOn := flags.String("fail-on", "low", "exit 1 when a finding has at least this `SEVERITY`: low, medium, high or critical")
	jobs := flags.Int("jobs", 0, "check `N` files at a time; 0 means one per CPU")
	quiet := flags.Bool("q", false, "quiet: print the findings only, without the summary")
	noColor := flags.Bool("no-color", false, "never colour the output (colour is used only on a terminal, and not when NO_COLOR is set)")
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return a.usageError(flags, "unsupported --format %q (want text or json)", *format)
	}
	minSev, err := finding.ParseSeverity(*failOn)
	if err != nil {
		return a.usageError(flags, "--fail-on: %v", err)
	}
	if *jobs < 0 {
		return a.usageError(flags, "--jobs must be 0 or more, not %d", *jobs)
	}
	if *jobs == 0 {
		*jobs = runtime.NumCPU()
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p == "" {
			return a.usageError(flags, "empty path")
		}
	}

	files, problems, err := walk.Files(ctx, paths, walk.Options{})
	if err != nil {
		var nx *walk.NotExistError
		switch {
		case errors.As(err, &nx):
			fmt.Fprintf(a.stderr, "krait scan: %s: no such file or directory\n", nx.Path)
			return ExitUsage
		case ctx.Err() != nil:
			return a.interrupted("scan")
		}
		fmt.Fprintf(a.stderr, "krait scan: internal error: %v\n", err)
		return ExitInternal
	}

	// Create the output file before the long part of the run, so that a
	// wrong -o fails at once.
	var w io.Writer = a.stdout
	var outFile *os.File
	if *output != "" && *output != "-" {
		outFile, err = os.Create(*output)
		if err != nil {
			fmt.Fprintf(a.stderr, "krait scan: cannot create the output file: %v\n", err)
			return ExitUsage
		}
		defer outFile.Close() // closed explicitly below; this covers early returns
		w = outFile
	}

	var findings []finding.Finding
	for _, p := range problems {
		findings = append(findings, unreadable(p.Path, p.Dir, p.Err))
	}
	perFile, err := a.checkFiles(ctx, files, *jobs)
	if err != nil {
		if ctx.Err() != nil {
			return a.interrupted("scan")
		}
		fmt.Fprintf(a.stderr, "krait scan: internal error: %v\n", err)
		return ExitInternal
	}
	for _, ff := range perFile {
		findings = append(findings, ff...)
	}
	finding.Sort(findings)
	finding.SetFingerprints(findings)
	rep := &report.Report{Version: a.version, Files: len(files), Findings: findings}

	switch *format {
	case "json":
		err = jsonreport.Write(w, rep)
	default:
		color := !*noColor && outFile == nil && a.getenv("NO_COLOR") == "" && a.getenv("TERM") != "dumb" && isTerminal(w)
		err = textreport.Write(w, rep, textreport.Options{Color: color, Quiet: *quiet})
	}
	if outFile != nil {
		if cerr := outFile.Close(); err == nil && cerr != nil {
			err = cerr
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", *output, err)
		}
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "krait scan: %v\n", err)
		return ExitInternal
	}
	if finding.AtOrAbove(findings, minSev) > 0 {
		return ExitFindings
	}
	return ExitOK
}

func (a *app) interrupted(cmd string) int {
	fmt.Fprintf(a.stderr, "krait %s: interrupted\n", cmd)
	return ExitInterrupted
}

// checkFiles checks files with up to jobs goroutines and returns the
// findings of each file, in the order of files. It fails only when ctx is
// cancelled.
func (a *app) checkFiles(ctx context.Context, files []string, jobs int) ([][]finding.Finding, error) {
	results := make([][]finding.Finding, len(files))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(jobs)
	for i, path := range files {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			results[i] = a.checkFile(path)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return results, nil
}

// checkFile reads and parses one file and returns its findings. A panic
// anywhere below becomes an internal-error finding naming the file, so one
// bad file never takes the run down.
func (a *app) checkFile(path string) (out []finding.Finding) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("krait failed on this file: %v (this is a bug in krait; please report it)", r)
			out = []finding.Finding{newFinding(ruleInternalError, path, msg)}
		}
	}()
	src, err := readSource(path)
	if err != nil {
		return []finding.Finding{unreadable(path, false, err)}
	}
	file := a.parse(path, src)
	if file == nil || len(file.Errors) == 0 {
		return nil
	}
	// Only the first error: the parser recovers and goes on, but what it
	// reports after a syntax error is often a consequence of it. CPython
	// reports only the first one too.
	e := file.Errors[0]
	f := newFinding(ruleSyntaxError, path, e.Kind+": "+e.Msg)
	f.Line = e.Line
	f.Column = e.Col
	f.Snippet = finding.SourceLine(src, e.Line)
	return []finding.Finding{f}
}

// readSource reads a source file. It refuses anything but a regular file
// (a FIFO would block forever) and files larger than maxSourceSize.
func readSource(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("not a regular file")}
	}
	if fi.Size() > maxSourceSize {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("file too large (%d MiB; the limit is %d MiB)", fi.Size()>>20, maxSourceSize>>20)}
	}
	return os.ReadFile(path)
}

// readError describes err, an error from readSource, as "PATH: problem".
func readError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// unreadable returns the finding for a file or directory that cannot be
// read. The message leaves out the path, which the finding already names.
func unreadable(path string, dir bool, err error) finding.Finding {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	what := "file"
	if dir {
		what = "directory"
	}
	return newFinding(ruleUnreadable, path, "cannot read this "+what+": "+strings.TrimSpace(err.Error()))
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

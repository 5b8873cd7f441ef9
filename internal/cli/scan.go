package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
)

// The rules that scan reports today. Their IDs are stable: baselines and
// suppressions refer to them.
const (
	ruleSyntaxError   = "KRT0001" // syntax-error: a Python file does not parse
	ruleUnreadable    = "KRT0002" // unreadable-file: a file or directory cannot be read
	ruleInternalError = "KRT0003" // internal-error: krait failed on a file (a bug)
	// unused-suppression: a suppression comment that suppresses nothing
	// (reported with --show-unused-suppressions)
	ruleUnusedSuppression = "KRT0004"
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
	case ruleUnusedSuppression:
		f.RuleName, f.Severity = "unused-suppression", finding.Low
	}
	return f
}

// maxSourceSize is the largest file scan reads; a larger one is reported as
// unreadable rather than risking the memory of the machine.
const maxSourceSize = 64 << 20

const scanHelp = `
Check everything that applies to each PATH (default "."). Today that is
the analysis of 'krait code': every rule over every Python file (.py,
.pyi), and each file that does not parse as Python 3.13 code reported as a
syntax-error finding (KRT0001) with its first error, as CPython reports it.
--select and --ignore take rule IDs, names, aliases, prefixes and "all".

The dependency files below each PATH are audited as 'krait deps' does
(advisories from the local database when there is one, else the OSV API).
When the configuration sets a license policy (an allow, deny or review
list, or a category action, in [tool.krait.licenses]), their licenses are
checked as 'krait licenses' does (KRT5001-KRT5004), with the package
index's data (--offline: its cache only). Neither check fails the scan:
when advisories or license data cannot be had, a line on standard error
says what was skipped and why.

A directory is walked recursively. Hidden directories and directories named
venv, .venv, node_modules, __pycache__, site-packages, build or dist are
skipped, and a symbolic link to a directory is never followed; a path named
on the command line is always checked. A file that cannot be read is a
finding (KRT0002), not an error. Output is sorted by path, line, column and
rule, so two runs over the same files print the same bytes.

Flags may come before or after the paths; "--" ends the flags.
`

// scan implements `krait scan`: the code analysis of `krait code`, the
// dependency audit and, when a policy is configured, the license check.
func (a *app) scan(ctx context.Context, args []string) int {
	return a.analyze(ctx, "scan", "krait scan [flags] [PATH...]", scanHelp, args)
}

func (a *app) interrupted(cmd string) int {
	fmt.Fprintf(a.stderr, "krait %s: interrupted\n", cmd)
	return ExitInterrupted
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

// Package text writes a report for people reading a terminal:
//
//	app.py:14:20: KRT0001 [high] SyntaxError: expected ':' (syntax-error)
//	   14 | def upgrade(engine)
//	      |                    ^
//
// followed by a one-line summary. Control characters and Unicode
// bidirectional controls in messages and snippets are shown escaped, so a
// scanned file cannot drive the terminal or hide text (CVE-2021-42574).
package text

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
)

// Options controls the text output.
type Options struct {
	Color bool // ANSI colours
	Quiet bool // no summary line
}

const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
)

// Write writes r to w.
func Write(w io.Writer, r *report.Report, opts Options) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + reset
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		pos := Sanitize(f.Path)
		if f.Line > 0 {
			pos += ":" + strconv.Itoa(f.Line)
			if f.Column > 0 {
				pos += ":" + strconv.Itoa(f.Column)
			}
		}
		fmt.Fprintf(bw, "%s: %s %s %s (%s)\n",
			paint(bold, pos), paint(bold, f.RuleID), paint(severityColor(f.Severity), "["+f.Severity.String()+"]"),
			Sanitize(f.Message), f.RuleName)
		if f.Snippet != "" && f.Line > 0 {
			gutter := strconv.Itoa(f.Line)
			blank := strings.Repeat(" ", len(gutter))
			fmt.Fprintf(bw, "  %s %s %s\n", paint(dim, gutter), paint(dim, "|"), Sanitize(f.Snippet))
			if f.Column > 0 {
				fmt.Fprintf(bw, "  %s %s %s%s\n", blank, paint(dim, "|"), caretIndent(f.Snippet, f.Column), paint(severityColor(f.Severity), "^"))
			}
		}
		for _, s := range f.Trace {
			fmt.Fprintf(bw, "    %s:%d: %s\n", Sanitize(s.Path), s.Line, Sanitize(s.Message))
		}
	}
	if !opts.Quiet {
		if len(r.Findings) > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString(Summary(r) + "\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}

// Summary returns the one-line summary of r, for example
// "Found 3 findings (1 critical, 2 high) in 7 files.".
func Summary(r *report.Report) string {
	files := plural(r.Files, "file", "files")
	if len(r.Findings) == 0 {
		return "No findings in " + files + "."
	}
	var counts [finding.Critical + 1]int
	for i := range r.Findings {
		if s := r.Findings[i].Severity; s >= finding.Low && s <= finding.Critical {
			counts[s]++
		}
	}
	var parts []string
	for s := finding.Critical; s >= finding.Low; s-- {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	return fmt.Sprintf("Found %s (%s) in %s.", plural(len(r.Findings), "finding", "findings"), strings.Join(parts, ", "), files)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func severityColor(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return bold + red
	case finding.Medium:
		return yellow
	}
	return cyan
}

// caretIndent returns the white space that puts a caret under the 1-based
// byte column col of line as Write prints it: tabs are kept so that the
// terminal expands them the same way, every other character is one space.
func caretIndent(line string, col int) string {
	var b strings.Builder
	prefix := line
	if col-1 < len(line) {
		prefix = line[:col-1]
	}
	for _, r := range Sanitize(prefix) {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	if extra := col - 1 - len(line); extra > 0 {
		b.WriteString(strings.Repeat(" ", extra))
	}
	return b.String()
}

// Sanitize returns s with every character that could change how a terminal
// shows the rest of the output escaped as in a Go string literal: C0 and C1
// control characters other than tab, DEL, the Unicode bidirectional
// controls and invalid UTF-8.
func Sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r, n) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r, n):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return true
	case r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

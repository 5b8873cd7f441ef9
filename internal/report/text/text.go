// Package text writes a report for people reading a terminal:
//
//	app.py:14:5: KRT1602 [high] subprocess call with shell=True (subprocess-shell-true)
//	   14 |     subprocess.run(cmd, shell=True)
//	      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//
// The caret underline spans the finding's columns, from Column up to (not
// including) EndColumn when the finding ends on the same line, to the end of
// the line when it goes on; a finding without an end column gets one caret.
// Wide (East Asian) characters take two cells, combining marks none, and a
// tab stays a tab so the terminal lines it up the same way in both lines.
//
// A summary by severity ends the report. Suppressed findings are left out
// (and counted in the summary) unless Options.ShowSuppressed is set. Colour
// is used only when Options.Color says so; the caller decides, from whether
// the output is a terminal, NO_COLOR and --no-color.
//
// Control characters and Unicode bidirectional controls in messages and
// snippets are shown escaped, so a scanned file cannot drive the terminal or
// hide text (CVE-2021-42574).
package text

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
)

// Options controls the text output.
type Options struct {
	Color          bool // ANSI colours
	Quiet          bool // no summary line
	ShowSuppressed bool // also list suppressed findings, marked as such
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
		if f.Suppressed != nil && !opts.ShowSuppressed {
			continue
		}
		pos := Sanitize(f.Path)
		if f.Line > 0 {
			pos += ":" + strconv.Itoa(f.Line)
			if f.Column > 0 {
				pos += ":" + strconv.Itoa(f.Column)
			}
		}
		fmt.Fprintf(bw, "%s: %s %s %s (%s)",
			paint(bold, pos), paint(bold, f.RuleID), paint(severityColor(f.Severity), "["+f.Severity.String()+"]"),
			Sanitize(f.Message), Sanitize(f.RuleName))
		if s := f.Suppressed; s != nil {
			note := "suppressed"
			if s.Kind != "" {
				note += " (" + Sanitize(s.Kind) + ")"
			}
			if s.Reason != "" {
				note += ": " + Sanitize(s.Reason)
			}
			bw.WriteString(" " + paint(dim, "["+note+"]"))
		}
		bw.WriteString("\n")
		if f.Line > 0 && f.Snippet != "" {
			line, _, _ := strings.Cut(f.Snippet, "\n") // the first line of the finding
			line = strings.TrimSuffix(line, "\r")
			gutter := strconv.Itoa(f.Line)
			blank := strings.Repeat(" ", len(gutter))
			fmt.Fprintf(bw, "  %s %s %s\n", paint(dim, gutter), paint(dim, "|"), Sanitize(line))
			if f.Column > 0 {
				indent, marks := underline(line, f.Column, endColumn(f, line))
				fmt.Fprintf(bw, "  %s %s %s%s\n", blank, paint(dim, "|"), indent, paint(severityColor(f.Severity), marks))
			}
		}
		for _, s := range f.Trace {
			fmt.Fprintf(bw, "    %s:%d: %s\n", Sanitize(s.Path), s.Line, Sanitize(s.Message))
		}
	}
	if !opts.Quiet {
		if shown(r, opts) > 0 {
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
// "Found 3 findings (1 critical, 2 high) in 7 files.". Suppressed findings
// are not counted among the findings but after them:
// "Found 1 finding (1 high) in 2 files; 2 suppressed.".
func Summary(r *report.Report) string {
	files := plural(r.Files, "file", "files")
	var counts [finding.Critical + 1]int
	active, suppressed := 0, 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != nil {
			suppressed++
			continue
		}
		active++
		if s := f.Severity; s >= finding.Low && s <= finding.Critical {
			counts[s]++
		}
	}
	var line string
	if active == 0 {
		line = "No findings in " + files
	} else {
		var parts []string
		for s := finding.Critical; s >= finding.Low; s-- {
			if counts[s] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
			}
		}
		line = fmt.Sprintf("Found %s (%s) in %s", plural(active, "finding", "findings"), strings.Join(parts, ", "), files)
	}
	if suppressed > 0 {
		line += fmt.Sprintf("; %d suppressed", suppressed)
	}
	return line + "."
}

// shown counts the findings Write lists.
func shown(r *report.Report, opts Options) int {
	n := 0
	for i := range r.Findings {
		if r.Findings[i].Suppressed == nil || opts.ShowSuppressed {
			n++
		}
	}
	return n
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

// endColumn returns the 1-based byte column, on the first line of f, where
// its underline ends (exclusive): EndColumn when f ends on its first line,
// the end of line when it goes on, and 0 (one caret) when the end is unknown
// or not after the start.
func endColumn(f *finding.Finding, line string) int {
	switch {
	case f.EndLine > f.Line:
		if f.Column <= len(line) {
			return len(line) + 1
		}
	case (f.EndLine == f.Line || f.EndLine == 0) && f.EndColumn > f.Column:
		return f.EndColumn
	}
	return 0
}

// underline returns the white space that puts the underline below the
// 1-based byte column col of line, as Write prints the line, and the carets
// that span the columns up to end (exclusive; at least one caret). Tabs are
// kept so that the terminal expands them the same way in both lines.
func underline(line string, col, end int) (indent, marks string) {
	var b strings.Builder
	prefix := line
	if col-1 < len(line) {
		prefix = line[:col-1]
	}
	for _, r := range Sanitize(prefix) {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", cells(r)))
		}
	}
	if extra := col - 1 - len(line); extra > 0 {
		b.WriteString(strings.Repeat(" ", extra))
	}
	indent = b.String()

	b.Reset()
	if end > col && col-1 < len(line) {
		span := line[col-1 : min(end-1, len(line))]
		for _, r := range Sanitize(span) {
			if r == '\t' {
				b.WriteByte('\t')
			} else {
				b.WriteString(strings.Repeat("^", cells(r)))
			}
		}
		// Columns past the end of the line (a span that includes the line
		// ending) get no carets.
	}
	marks = strings.TrimRight(b.String(), "\t")
	if strings.TrimLeft(marks, "\t") == "" {
		marks = "^"
	}
	return indent, marks
}

// cells returns how many terminal cells r takes: 2 for wide and full-width
// East Asian characters, 0 for combining marks and other zero-width
// characters, 1 otherwise.
func cells(r rune) int {
	if r == 0x200b || r == 0x200c || r == 0x200d || r == 0xfeff || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
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

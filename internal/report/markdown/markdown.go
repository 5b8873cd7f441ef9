// Package markdown writes findings as GitHub-flavoured Markdown, for a
// pull-request comment: a summary line, a table of dependency findings
// (package, version, advisory, fixed versions, where declared) and a table
// of the other findings. Suppressed findings are left out and counted.
package markdown

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
)

// Write writes r under a level-2 heading title.
func Write(w io.Writer, r *report.Report, title string) error {
	bw := bufio.NewWriter(w)
	var deps, others []*finding.Finding
	suppressed := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		switch {
		case f.Suppressed != nil:
			suppressed++
		case f.Package != "":
			deps = append(deps, f)
		default:
			others = append(others, f)
		}
	}
	fmt.Fprintf(bw, "## %s\n\n", cell(title))
	total := len(deps) + len(others)
	if total == 0 {
		bw.WriteString("No findings")
	} else {
		fmt.Fprintf(bw, "**%d finding%s**", total, plural(total))
		var counts []string
		for s := finding.Critical; s >= finding.Low; s-- {
			n := 0
			for _, f := range append(append([]*finding.Finding(nil), deps...), others...) {
				if f.Severity == s {
					n++
				}
			}
			if n > 0 {
				counts = append(counts, fmt.Sprintf("%d %s", n, s))
			}
		}
		fmt.Fprintf(bw, " (%s)", strings.Join(counts, ", "))
	}
	fmt.Fprintf(bw, " in %d file%s", r.Files, plural(r.Files))
	if suppressed > 0 {
		fmt.Fprintf(bw, "; %d suppressed", suppressed)
	}
	bw.WriteString(".\n")
	if len(deps) > 0 {
		bw.WriteString("\n| Severity | Package | Version | Advisory | Fixed in | Declared in | Details |\n|---|---|---|---|---|---|---|\n")
		for _, f := range deps {
			adv := f.RuleID
			if len(f.Aliases) > 0 {
				adv = f.Aliases[0]
				if strings.HasPrefix(adv, "PYSEC-") || strings.HasPrefix(adv, "GHSA-") || strings.HasPrefix(adv, "MAL-") || strings.HasPrefix(adv, "CVE-") {
					adv = fmt.Sprintf("[%s](https://osv.dev/vulnerability/%s)", cell(adv), adv)
				} else {
					adv = cell(adv)
				}
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | `%s:%d` | %s |\n", severity(f.Severity), cell(f.Package), cell(f.Version), adv,
				cell(strings.Join(f.FixedVersions, ", ")), code(f.Path), f.Line, cell(f.Message))
		}
	}
	if len(others) > 0 {
		bw.WriteString("\n| Severity | Rule | Location | Message |\n|---|---|---|---|\n")
		for _, f := range others {
			fmt.Fprintf(bw, "| %s | %s %s | `%s:%d` | %s |\n", severity(f.Severity), cell(f.RuleID), cell(f.RuleName), code(f.Path), f.Line, cell(f.Message))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing markdown report: %w", err)
	}
	return nil
}

func severity(s finding.Severity) string {
	switch s {
	case finding.Critical:
		return "🟥 critical"
	case finding.High:
		return "🟧 high"
	case finding.Medium:
		return "🟨 medium"
	}
	return "⬜ " + s.String()
}

// cell escapes text for a table cell: pipes, newlines and the characters
// Markdown would read as markup or HTML.
func cell(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#', '!', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			if r < 0x20 || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// code makes s safe inside a code span: no backticks, pipes or newlines.
func code(s string) string {
	return strings.NewReplacer("`", "'", "|", "\\|", "\n", " ", "\r", " ").Replace(s)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
